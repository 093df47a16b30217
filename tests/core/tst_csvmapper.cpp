#include "domain/PartialDate.h"
#include "io/csv/CsvMapper.h"
#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace kith;

namespace {

struct MappedFile {
    CsvProfile::Kind kind = CsvProfile::Kind::Generic;
    QList<MappedCsvRow> rows;
};

MappedFile mapAll(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const CsvMapper mapper(CsvProfileDetector::detect(reader.header()));
    MappedFile file;
    file.kind = mapper.profile().kind;
    while (auto row = reader.next())
        file.rows.append(mapper.map(*row));
    return file;
}

// Every field that is set, one "field=value" line each, so that a failure shows what differs.
QStringList dump(const Contact& contact)
{
    QStringList lines;
    const auto add = [&](const char* name, const QString& value) {
        if (!value.isEmpty())
            lines.append(QString::fromLatin1(name) + u'=' + value);
    };
    add("name", contact.effectiveName());
    add("prefix", contact.prefix);
    add("given", contact.given);
    add("additional", contact.additional);
    add("family", contact.family);
    add("suffix", contact.suffix);
    add("display", contact.displayName);
    add("nickname", contact.nickname);
    add("org", contact.organization);
    add("title", contact.title);
    for (const LabeledValue& email : contact.emails)
        add("email", email.label + u'|' + email.value);
    for (const LabeledValue& phone : contact.phones)
        add("phone", phone.label + u'|' + phone.value);
    for (const LabeledValue& url : contact.urls)
        add("url", url.label + u'|' + url.value);
    for (const LabeledValue& social : contact.socialProfiles)
        add("social", social.label + u'|' + social.value);
    for (const PostalAddress& a : contact.addresses) {
        add("address",
            QStringList{a.label, a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country}.join(
                u'|'));
    }
    add("birthday", contact.birthday.toIsoString());
    add("anniversary", contact.anniversary.toIsoString());
    add("tags", contact.tags.join(u','));
    add("howMet", contact.howMet);
    add("notes", contact.notes);
    return lines;
}

const QByteArray googleCurrent =
    "\xEF\xBB\xBF"
    "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Nickname,Birthday,Notes,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Organization Name,Organization Title,Organization Department,"
    "Website 1 - Label,Website 1 - Value\r\n"
    "Ada,Augusta,Lovelace,Dr.,,Ada,1815-12-10,\"Met at the\nengine demo\",* myContacts ::: Friends ::: * starred,"
    "Home,ada@home.example,* Work,ada@work.example ::: ada@alt.example,Mobile,+44 20 7946 0001,"
    "Home,\"12 St James's Square\nLondon\",12 St James's Square,London,,SW1Y 4JH,United Kingdom,"
    "Analytical Engines,Analyst,Research,Blog,https://ada.example\r\n"
    "Grace,,Hopper,,,,--12-09,,* myContacts,,,,,,,"
    "Work ::: Home,,1 Navy Way ::: 2 Home Rd,Arlington ::: New York,VA ::: NY,,,,,,,\r\n"
    ",,,,,,,just a note,* myContacts,,,,,,,,,,,,,,,,,,https://nobody.example\r\n"
    "Bad,,Date,,,,sometime,,,,,,,,,,,,,,,,,,,,\r\n";

const QByteArray googleLegacy = "Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group Membership,"
                                "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
                                "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\r\n"
                                "Alan Turing,Alan,,Turing,,1912-06-23,,* My Contacts ::: Bletchley,"
                                "* Home,alan@example.org ::: turing@example.org,Work,+44 1908 640404,,GC&CS,"
                                "Cryptanalyst\r\n"
                                "Prof. Turing,Alan,,Turing,,,,,,,,,,,\r\n";

const QByteArray outlookDesktop =
    "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\",\"Department\",\"Job Title\","
    "\"Business Street\",\"Business City\",\"Business State\",\"Business Postal Code\",\"Business Country/Region\","
    "\"Home Phone\",\"Mobile Phone\",\"Business Phone\",\"Birthday\",\"Anniversary\",\"Categories\","
    "\"E-mail Address\",\"E-mail 2 Address\",\"Notes\",\"Web Page\"\r\n"
    "\"Mr.\",\"John\",\"Q\",\"Public\",\"Jr.\",\"Contoso\",\"Sales\",\"Manager\",\"1 Main St\",\"Redmond\","
    "\"WA\",\"98052\",\"United States\",\"\",\"(425) 555-0100\",\"(425) 555-0101\",\"4/15/1985\",\"0/0/00\","
    "\"Business;Golf\",\"john@contoso.example\",\"jq@example.com\",\"\",\"contoso.example\"\r\n"
    "\"\",\"Jane\",\"\",\"Doe\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"555-0199\",\"\",\"\",\"0/0/00\","
    "\"0/0/00\",\"\",\"\",\"\",\"\",\"\"\r\n";

const QByteArray outlookCom = "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
                              "E-mail Address,E-mail 2 Address,Mobile Phone,Home Phone,Company,Job Title,"
                              "Birthday,Anniversary,Notes,Categories\r\n"
                              "Mei,,Tanaka,,,Mei-chan,,,mei@example.jp,,+81 3 1234 5678,,,,"
                              "3/7/1990,6/1/2015,,Family\r\n"
                              ",,,,,,,,,,,,Widgets Inc,,,,,\r\n";

const QByteArray linkedIn = "Notes:\r\n"
                            "\"When exporting your connection data, you may notice that some of the email "
                            "addresses are missing.\r\nYou will only see email addresses...\"\r\n"
                            "\r\n"
                            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                            "Satya,Nadella,https://www.linkedin.com/in/satyanadella,,Microsoft,CEO,15 Jan 2024\r\n"
                            "Reid,Hoffman,https://www.linkedin.com/in/reidhoffman,reid@example.com,Greylock,"
                            "Partner,29-Mar-21\r\n"
                            "Some,One,https://www.linkedin.com/in/someone,,,,yesterday\r\n";

const QByteArray thunderbird =
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,Home Phone,"
    "Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,Job Title,"
    "Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Notes,\r\n"
    "Linus,Torvalds,Linus T.,linus,linus@example.org,lt@example.net,,+1 503 555 0100,,1 Kernel Rd,Apt 2,"
    "Portland,OR,97201,USA,Fellow,,Linux Foundation,https://kernel.example,,1969,12,28,likes penguins,\r\n"
    "Guido,van Rossum,Guido van Rossum,,guido@example.org,,,,,,,,,,,,,,,,,4,,,\r\n"
    "Anon,,,,,,,,,,,,,,,,,,,,,13,40,,\r\n";

const QByteArray generic = "Full Name;Email;Mobile;Company;Birthday;Tags\r\n"
                           "Rosa Parks;rosa@example.org;555 0123;;4.2.1913;civil rights, friends\r\n"
                           "Frida Kahlo;;;;6/7/1907;\r\n"
                           ";;;;;friends\r\n";

} // namespace

class TestCsvMapper final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("warnings");

        const auto kind = [](CsvProfile::Kind k) {
            return static_cast<int>(k);
        };
        using K = CsvProfile::Kind;

        QTest::newRow("google current: full row, ::: and * primary")
            << googleCurrent << kind(K::GoogleCurrent) << 0
            << QStringList{"name=Dr. Ada Augusta Lovelace",
                           "prefix=Dr.",
                           "given=Ada",
                           "additional=Augusta",
                           "family=Lovelace",
                           "nickname=Ada",
                           "org=Analytical Engines, Research",
                           "title=Analyst",
                           "email=work|ada@work.example",
                           "email=work|ada@alt.example",
                           "email=home|ada@home.example",
                           "phone=mobile|+44 20 7946 0001",
                           "url=blog|https://ada.example",
                           "address=home|||12 St James's Square|London||SW1Y 4JH|United Kingdom",
                           "birthday=1815-12-10",
                           "tags=Friends",
                           "notes=Met at the\nengine demo"}
            << QStringList{};
        QTest::newRow("google current: ::: in address parts, year-less birthday")
            << googleCurrent << kind(K::GoogleCurrent) << 1
            << QStringList{"name=Grace Hopper",
                           "given=Grace",
                           "family=Hopper",
                           "address=work|||1 Navy Way|Arlington|VA||",
                           "address=home|||2 Home Rd|New York|NY||",
                           "birthday=--12-09"}
            << QStringList{};
        QTest::newRow("google current: empty row")
            << googleCurrent << kind(K::GoogleCurrent) << 2
            << QStringList{"url=|https://nobody.example", "notes=just a note"} << QStringList{"line 6: empty row"};
        QTest::newRow("google current: unparseable birthday")
            << googleCurrent << kind(K::GoogleCurrent) << 3 << QStringList{"name=Bad Date", "given=Bad", "family=Date"}
            << QStringList{"line 7: the birthday \"sometime\" is not a date"};

        QTest::newRow("google legacy: Name equal to the parts, Type labels, Group Membership")
            << googleLegacy << kind(K::GoogleLegacy) << 0
            << QStringList{"name=Alan Turing",
                           "given=Alan",
                           "family=Turing",
                           "org=GC&CS",
                           "title=Cryptanalyst",
                           "email=home|alan@example.org",
                           "email=home|turing@example.org",
                           "phone=work|+44 1908 640404",
                           "birthday=1912-06-23",
                           "tags=Bletchley"}
            << QStringList{};
        QTest::newRow("google legacy: Name differing from the parts")
            << googleLegacy << kind(K::GoogleLegacy) << 1
            << QStringList{"name=Prof. Turing", "given=Alan", "family=Turing", "display=Prof. Turing"} << QStringList{};

        QTest::newRow("outlook desktop: full row, M/D/Y, 0/0/00")
            << outlookDesktop << kind(K::OutlookDesktop) << 0
            << QStringList{"name=Mr. John Q Public Jr.",
                           "prefix=Mr.",
                           "given=John",
                           "additional=Q",
                           "family=Public",
                           "suffix=Jr.",
                           "org=Contoso, Sales",
                           "title=Manager",
                           "email=|john@contoso.example",
                           "email=|jq@example.com",
                           "phone=mobile|(425) 555-0100",
                           "phone=work|(425) 555-0101",
                           "url=|contoso.example",
                           "address=work|||1 Main St|Redmond|WA|98052|United States",
                           "birthday=1985-04-15",
                           "tags=Business,Golf"}
            << QStringList{};
        QTest::newRow("outlook desktop: empty dates")
            << outlookDesktop << kind(K::OutlookDesktop) << 1
            << QStringList{"name=Jane Doe", "given=Jane", "family=Doe", "phone=home|555-0199"} << QStringList{};

        QTest::newRow("outlook.com: nickname, birthday and anniversary") << outlookCom << kind(K::OutlookCom) << 0
                                                                         << QStringList{"name=Mei Tanaka",
                                                                                        "given=Mei",
                                                                                        "family=Tanaka",
                                                                                        "nickname=Mei-chan",
                                                                                        "email=|mei@example.jp",
                                                                                        "phone=mobile|+81 3 1234 5678",
                                                                                        "birthday=1990-03-07",
                                                                                        "anniversary=2015-06-01",
                                                                                        "tags=Family"}
                                                                         << QStringList{};
        QTest::newRow("outlook.com: only a company")
            << outlookCom << kind(K::OutlookCom) << 1 << QStringList{"name=Widgets Inc", "org=Widgets Inc"}
            << QStringList{};

        QTest::newRow("linkedin: 15 Jan 2024")
            << linkedIn << kind(K::LinkedIn) << 0
            << QStringList{"name=Satya Nadella",
                           "given=Satya",
                           "family=Nadella",
                           "org=Microsoft",
                           "title=CEO",
                           "social=linkedin|https://www.linkedin.com/in/satyanadella",
                           "howMet=Connected on LinkedIn on 2024-01-15"}
            << QStringList{};
        QTest::newRow("linkedin: 29-Mar-21 and an email")
            << linkedIn << kind(K::LinkedIn) << 1
            << QStringList{"name=Reid Hoffman",
                           "given=Reid",
                           "family=Hoffman",
                           "org=Greylock",
                           "title=Partner",
                           "email=|reid@example.com",
                           "social=linkedin|https://www.linkedin.com/in/reidhoffman",
                           "howMet=Connected on LinkedIn on 2021-03-29"}
            << QStringList{};
        QTest::newRow("linkedin: unparseable connection date")
            << linkedIn << kind(K::LinkedIn) << 2
            << QStringList{"name=Some One", "given=Some", "family=One",
                           "social=linkedin|https://www.linkedin.com/in/someone", "howMet=Connected on LinkedIn"}
            << QStringList{"line 8: the connection date \"yesterday\" is not a date"};

        QTest::newRow("thunderbird: full row, split birthday")
            << thunderbird << kind(K::Thunderbird) << 0
            << QStringList{"name=Linus T.",
                           "given=Linus",
                           "family=Torvalds",
                           "display=Linus T.",
                           "nickname=linus",
                           "org=Linux Foundation",
                           "title=Fellow",
                           "email=|linus@example.org",
                           "email=|lt@example.net",
                           "phone=home|+1 503 555 0100",
                           "url=work|https://kernel.example",
                           "address=home|||1 Kernel Rd\nApt 2|Portland|OR|97201|USA",
                           "birthday=1969-12-28",
                           "notes=likes penguins"}
            << QStringList{};
        QTest::newRow("thunderbird: display name equal to the parts, month only")
            << thunderbird << kind(K::Thunderbird) << 1
            << QStringList{"name=Guido van Rossum", "given=Guido", "family=van Rossum", "email=|guido@example.org"}
            << QStringList{"line 3: the birthday \"-4-\" is not a date"};
        QTest::newRow("thunderbird: impossible split birthday")
            << thunderbird << kind(K::Thunderbird) << 2 << QStringList{"name=Anon", "given=Anon"}
            << QStringList{"line 4: the birthday \"-13-40\" is not a date"};

        QTest::newRow("generic: semicolons, D.M.Y, tags")
            << generic << kind(K::Generic) << 0
            << QStringList{"name=Rosa Parks", "display=Rosa Parks",  "email=|rosa@example.org",
                           "phone=|555 0123", "birthday=1913-02-04", "tags=civil rights,friends"}
            << QStringList{};
        QTest::newRow("generic: M/D/Y") << generic << kind(K::Generic) << 1
                                        << QStringList{"name=Frida Kahlo", "display=Frida Kahlo", "birthday=1907-06-07"}
                                        << QStringList{};
        QTest::newRow("generic: empty row")
            << generic << kind(K::Generic) << 2 << QStringList{"tags=friends"} << QStringList{"line 4: empty row"};
    }

    void rows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, kind);
        QFETCH(int, row);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, warnings);

        const MappedFile file = mapAll(csv);
        QCOMPARE(static_cast<int>(file.kind), kind);
        QVERIFY(row < file.rows.size());
        const MappedCsvRow& mapped = file.rows[row];
        QCOMPARE(dump(mapped.contact), fields);
        QCOMPARE(mapped.warnings, warnings);
        if (warnings.contains(QStringLiteral("line %1: empty row").arg(mapped.line)))
            QVERIFY(mapped.contact.effectiveName().isEmpty());
    }

    // A photo URL is kept as a vCard PHOTO line, never fetched; a photo column that holds no URL says so.
    void googlePhotoUrlIsKept()
    {
        const QByteArray csv = "First Name,Middle Name,Last Name,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value\r\n"
                               "Ada,,Lovelace,https://lh3.googleusercontent.com/contacts/ABC123=s96,* myContacts,,\r\n"
                               "Alan,,Turing,not a photo,* myContacts,,\r\n"
                               "Grace,,Hopper,,* myContacts,,\r\n";
        const MappedFile file = mapAll(csv);
        QCOMPARE(file.kind, CsvProfile::Kind::GoogleCurrent);
        QCOMPARE(file.rows.size(), 3);
        QCOMPARE(file.rows[0].contact.vcardExtras,
                 QStringList{QStringLiteral("PHOTO;VALUE=uri:https://lh3.googleusercontent.com/contacts/ABC123=s96")});
        QVERIFY(file.rows[0].warnings.isEmpty());
        QVERIFY(file.rows[1].contact.vcardExtras.isEmpty());
        QCOMPARE(
            file.rows[1].warnings,
            QStringList{QStringLiteral("line 3: the photo \"not a photo\" is not a web address and was left out")});
        QVERIFY(file.rows[2].contact.vcardExtras.isEmpty());
        QVERIFY(file.rows[2].warnings.isEmpty());
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("iso");

        QTest::newRow("iso") << "1985-04-15" << true << "1985-04-15";
        QTest::newRow("basic") << "19850415" << true << "1985-04-15";
        QTest::newRow("year-less") << "--04-15" << true << "--04-15";
        QTest::newRow("m/d/y") << "4/15/1985" << true << "1985-04-15";
        QTest::newRow("d/m/y when day > 12") << "15/4/1985" << true << "1985-04-15";
        QTest::newRow("outlook empty") << "0/0/00" << true << "";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("d.m.y") << "15.04.1985" << true << "1985-04-15";
        QTest::newRow("d mon y") << "15 Jan 2024" << true << "2024-01-15";
        QTest::newRow("d-mon-yy") << "29-Mar-21" << true << "2021-03-29";
        QTest::newRow("mon d, y") << "Jan 15, 2024" << true << "2024-01-15";
        QTest::newRow("two-digit past year") << "4/15/85" << true << "1985-04-15";
        QTest::newRow("not a month") << "15 Foo 2024" << false << "";
        QTest::newRow("31 February") << "2/31/1990" << false << "";
        QTest::newRow("text") << "circa 1800" << false << "";
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, iso);
        const std::optional<PartialDate> date = CsvMapper::parseDate(text, 2026);
        QCOMPARE(date.has_value(), ok);
        if (date)
            QCOMPARE(date->toIsoString(), iso);
    }

    void tagsAndLabels()
    {
        QCOMPARE(CsvMapper::splitValues(QStringLiteral(" a ::: b :::  ::: c ")), (QStringList{"a", "b", "c"}));
        QCOMPARE(CsvMapper::normalisedLabel(QStringLiteral("* Work")), QStringLiteral("work"));
        QCOMPARE(CsvMapper::normalisedLabel(QStringLiteral("Best friend")), QStringLiteral("Best friend"));
    }
};

QTEST_GUILESS_MAIN(TestCsvMapper)
#include "tst_csvmapper.moc"
