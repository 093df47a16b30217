#include "io/vcard/VCardMapper.h"

#include "domain/PartialDate.h"
#include "io/vcard/VCardReader.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace kith;

namespace {

QList<VCardCard> readCards(QIODevice* device)
{
    VCardReader reader(device);
    QList<VCardCard> cards;
    while (auto card = reader.next())
        cards.append(std::move(*card));
    return cards;
}

QList<VCardCard> readCards(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readCards(&buffer);
}

QByteArray wrap(const QByteArray& version, const QByteArray& lines)
{
    return "BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + lines + "END:VCARD\r\n";
}

// Maps the one card around the given content lines.
MappedVCard mapLines(const QByteArray& lines, const QByteArray& version = "3.0", qsizetype maxPhoto = 0)
{
    const QList<VCardCard> cards = readCards(wrap(version, lines));
    if (cards.size() != 1)
        return {};
    const VCardMapper mapper(maxPhoto > 0 ? maxPhoto : VCardMapper::defaultMaxPhotoBytes());
    return mapper.map(cards.constFirst());
}

QStringList unmappedNames(const MappedVCard& mapped)
{
    QStringList names;
    for (const VCardProperty& property : mapped.unmapped)
        names.append(property.group.isEmpty() ? property.name : property.group + u'.' + property.name);
    return names;
}

const QList<LabeledValue>& listOf(const Contact& contact, const QString& field)
{
    if (field == u"emails")
        return contact.emails;
    if (field == u"phones")
        return contact.phones;
    if (field == u"urls")
        return contact.urls;
    return contact.socialProfiles;
}

QList<VCardCard> corpusFile(const QString& relative)
{
    QFile file(QStringLiteral(KITH_SHARED_DIR "/corpus/vcard/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readCards(&file);
}

} // namespace

class TestVCardMapper final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void name_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QStringList>("parts"); // prefix, given, additional, family, suffix
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("effectiveName");

        QTest::newRow("FN equal to N: no display name")
            << QByteArray("N:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n") << QByteArray("3.0")
            << QStringList{"", "Ada", "", "Lovelace", ""} << QString() << "Ada Lovelace";
        QTest::newRow("FN differs: kept as display name")
            << QByteArray("N:Lovelace;Ada;;;\r\nFN:Countess of Lovelace\r\n") << QByteArray("3.0")
            << QStringList{"", "Ada", "", "Lovelace", ""} << "Countess of Lovelace"
            << "Countess of Lovelace";
        QTest::newRow("all five parts, list in additional")
            << QByteArray("N:Doe;John;Richter,James;Mr.;Sr.\r\nFN:Mr. John Richter James Doe Sr.\r\n")
            << QByteArray("3.0") << QStringList{"Mr.", "John", "Richter James", "Doe", "Sr."} << QString()
            << "Mr. John Richter James Doe Sr.";
        QTest::newRow("escaped semicolon in family name")
            << QByteArray("N:Smith\\;Jones;Al;;;\r\n") << QByteArray("3.0")
            << QStringList{"", "Al", "", "Smith;Jones", ""} << QString() << "Al Smith;Jones";
        QTest::newRow("FN only") << QByteArray("FN:Prince\r\n") << QByteArray("4.0") << QStringList{"", "", "", "", ""}
                                 << "Prince"
                                 << "Prince";
        QTest::newRow("short N") << QByteArray("N:Curie;Marie\r\n") << QByteArray("3.0")
                                 << QStringList{"", "Marie", "", "Curie", ""} << QString() << "Marie Curie";
        QTest::newRow("2.1 QUOTED-PRINTABLE UTF-8")
            << QByteArray("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
                          "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n")
            << QByteArray("2.1") << QStringList{"", QStringLiteral("Jürgen"), "", QStringLiteral("Müller"), ""}
            << QString() << QStringLiteral("Jürgen Müller");
    }
    void name()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QByteArray, version);
        QFETCH(QStringList, parts);
        QFETCH(QString, displayName);
        QFETCH(QString, effectiveName);
        const MappedVCard mapped = mapLines(lines, version);
        const Contact& c = mapped.contact;
        QCOMPARE((QStringList{c.prefix, c.given, c.additional, c.family, c.suffix}), parts);
        QCOMPARE(c.displayName, displayName);
        QCOMPARE(c.effectiveName(), effectiveName);
        QVERIFY(mapped.unmapped.isEmpty());
        QVERIFY(mapped.warnings.isEmpty());
    }

    void simpleFields()
    {
        const MappedVCard mapped = mapLines("FN:Ada\r\n"
                                            "NICKNAME:Addie,The Enchantress\r\n"
                                            "NICKNAME:Ada L\r\n"
                                            "ORG:Analytical Engines;Research;Notes\r\n"
                                            "TITLE:Mathematician\r\n"
                                            "NOTE:First line\\nsecond\\, with comma\r\n"
                                            "NOTE:Another note\r\n"
                                            "UID:urn:uuid:1234\r\n"
                                            "CATEGORIES:Friends,Work,Friends\r\n"
                                            "CATEGORIES:Chess\r\n");
        const Contact& c = mapped.contact;
        QCOMPARE(c.nickname, "Addie, The Enchantress, Ada L");
        QCOMPARE(c.organization, "Analytical Engines, Research, Notes");
        QCOMPARE(c.title, "Mathematician");
        QCOMPARE(c.notes, "First line\nsecond, with comma\n\nAnother note");
        QCOMPARE(c.uid, "urn:uuid:1234");
        QCOMPARE(c.tags, (QStringList{"Friends", "Work", "Chess"}));
        QVERIFY(mapped.unmapped.isEmpty());
    }

    void labeledValue_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");

        QTest::newRow("email INTERNET dropped")
            << QByteArray("EMAIL;TYPE=INTERNET:a@b.org\r\n") << QByteArray("3.0") << "emails" << QString() << "a@b.org";
        QTest::newRow("email work,pref") << QByteArray("EMAIL;TYPE=INTERNET,WORK,pref:a@b.org\r\n") << QByteArray("3.0")
                                         << "emails"
                                         << "work"
                                         << "a@b.org";
        QTest::newRow("email X400 dropped")
            << QByteArray("EMAIL;TYPE=X400;TYPE=home:a@b.org\r\n") << QByteArray("3.0") << "emails"
            << "home"
            << "a@b.org";
        QTest::newRow("2.1 bare cell voice")
            << QByteArray("TEL;CELL;VOICE:+1 555 0100\r\n") << QByteArray("2.1") << "phones"
            << "mobile"
            << "+1 555 0100";
        QTest::newRow("work fax") << QByteArray("TEL;TYPE=WORK;TYPE=FAX:555\r\n") << QByteArray("3.0") << "phones"
                                  << "work fax"
                                  << "555";
        QTest::newRow("pager") << QByteArray("TEL;type=PAGER:555\r\n") << QByteArray("3.0") << "phones"
                               << "pager"
                               << "555";
        QTest::newRow("main") << QByteArray("TEL;TYPE=MAIN:555\r\n") << QByteArray("3.0") << "phones"
                              << "main"
                              << "555";
        QTest::newRow("quoted type list")
            << QByteArray("TEL;TYPE=\"other,voice\":555\r\n") << QByteArray("4.0") << "phones"
            << "other"
            << "555";
        QTest::newRow("4.0 tel URI") << QByteArray("TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100\r\n") << QByteArray("4.0")
                                     << "phones"
                                     << "mobile"
                                     << "+1-555-0100";
        QTest::newRow("Apple label wins over TYPE")
            << QByteArray("item1.TEL;type=CELL:555\r\nitem1.X-ABLabel:_$!<Home>!$_\r\n") << QByteArray("3.0")
            << "phones"
            << "home"
            << "555";
        QTest::newRow("Apple HomeFAX") << QByteArray("item2.TEL:555\r\nitem2.X-ABLabel:_$!<HomeFAX>!$_\r\n")
                                       << QByteArray("3.0") << "phones"
                                       << "home fax"
                                       << "555";
        QTest::newRow("custom label as written, label first")
            << QByteArray("item3.X-ABLabel:Mum's landline\r\nitem3.TEL:555\r\n") << QByteArray("3.0") << "phones"
            << "Mum's landline"
            << "555";
        QTest::newRow("group name case-insensitive")
            << QByteArray("Item1.EMAIL:a@b.org\r\nITEM1.X-ABLabel:_$!<Work>!$_\r\n") << QByteArray("3.0") << "emails"
            << "work"
            << "a@b.org";
        QTest::newRow("url with stray escape")
            << QByteArray("item5.URL;type=pref:http\\://www.ibm.com\r\nitem5.X-ABLabel:_$!<HomePage>!$_\r\n")
            << QByteArray("3.0") << "urls"
            << "homepage"
            << "http://www.ibm.com";
        QTest::newRow("url home") << QByteArray("URL;HOME:http://x.org\r\n") << QByteArray("2.1") << "urls"
                                  << "home"
                                  << "http://x.org";
        QTest::newRow("X-SOCIALPROFILE") << QByteArray("X-SOCIALPROFILE;type=twitter:http://twitter.com/ada\r\n")
                                         << QByteArray("3.0") << "social"
                                         << "twitter"
                                         << "http://twitter.com/ada";
        QTest::newRow("IMPP service type")
            << QByteArray("IMPP;X-SERVICE-TYPE=Skype:skype:ada.l\r\n") << QByteArray("3.0") << "social"
            << "skype"
            << "skype:ada.l";
        QTest::newRow("IMPP scheme") << QByteArray("IMPP:xmpp:ada@jabber.org\r\n") << QByteArray("4.0") << "social"
                                     << "xmpp"
                                     << "xmpp:ada@jabber.org";
        QTest::newRow("X-TWITTER") << QByteArray("X-TWITTER:@ada\r\n") << QByteArray("3.0") << "social"
                                   << "twitter"
                                   << "@ada";
        QTest::newRow("X-SKYPE") << QByteArray("X-SKYPE:ada.l\r\n") << QByteArray("3.0") << "social"
                                 << "skype"
                                 << "ada.l";
        QTest::newRow("X-GTALK") << QByteArray("X-GTALK:ada@gmail.com\r\n") << QByteArray("3.0") << "social"
                                 << "gtalk"
                                 << "ada@gmail.com";
    }
    void labeledValue()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QByteArray, version);
        QFETCH(QString, field);
        QFETCH(QString, label);
        QFETCH(QString, value);
        const MappedVCard mapped = mapLines(lines, version);
        const QList<LabeledValue>& list = listOf(mapped.contact, field);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().label, label);
        QCOMPARE(list.constFirst().value, value);
        QCOMPARE(unmappedNames(mapped), QStringList()); // the used X-ABLabel went with its field
    }

    void address()
    {
        const MappedVCard mapped = mapLines("ADR;TYPE=work,pref,postal:PO 7;Suite 4;12 Main St\\nBack door;"
                                            "Springfield;IL;62701;USA\r\n"
                                            "item4.ADR:;;Rue 1;Paris;;75001;France\r\n"
                                            "item4.X-ABLabel:Holiday flat\r\n"
                                            "ADR;TYPE=home:;;;;;;\r\n");
        const QList<PostalAddress>& addresses = mapped.contact.addresses;
        QCOMPARE(addresses.size(), 2); // the empty one carries nothing
        const PostalAddress& work = addresses[0];
        QCOMPARE(work.label, "work");
        QCOMPARE(work.poBox, "PO 7");
        QCOMPARE(work.extended, "Suite 4");
        QCOMPARE(work.street, "12 Main St\nBack door");
        QCOMPARE(work.locality, "Springfield");
        QCOMPARE(work.region, "IL");
        QCOMPARE(work.postalCode, "62701");
        QCOMPARE(work.country, "USA");
        QCOMPARE(addresses[1].label, "Holiday flat");
        QCOMPARE(addresses[1].street, "Rue 1");
        QCOMPARE(addresses[1].country, "France");
        QVERIFY(mapped.unmapped.isEmpty());
    }

    void date_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("birthday");
        QTest::addColumn<QString>("anniversary");
        QTest::addColumn<QStringList>("unmapped");
        QTest::addColumn<int>("warnings");

        const QStringList none;
        QTest::newRow("basic") << QByteArray("BDAY:19850415\r\n") << "1985-04-15" << QString() << none << 0;
        QTest::newRow("extended") << QByteArray("BDAY;value=date:1985-04-15\r\n") << "1985-04-15" << QString() << none
                                  << 0;
        QTest::newRow("no year basic") << QByteArray("BDAY:--0415\r\n") << "--04-15" << QString() << none << 0;
        QTest::newRow("no year extended") << QByteArray("BDAY:--04-15\r\n") << "--04-15" << QString() << none << 0;
        QTest::newRow("date-time") << QByteArray("BDAY:1953-10-15T23:10:00Z\r\n") << "1953-10-15" << QString() << none
                                   << 0;
        QTest::newRow("Apple omit year") << QByteArray("BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=date:1604-04-12\r\n")
                                         << "--04-12" << QString() << none << 0;
        QTest::newRow("1604 without the parameter")
            << QByteArray("BDAY:1604-04-12\r\n") << "1604-04-12" << QString() << none << 0;
        QTest::newRow("29 February without year")
            << QByteArray("BDAY:--0229\r\n") << "--02-29" << QString() << none << 0;
        QTest::newRow("VALUE=text") << QByteArray("BDAY;VALUE=text:circa 1800\r\n") << QString() << QString()
                                    << QStringList{"BDAY"} << 1;
        QTest::newRow("garbage") << QByteArray("BDAY:next Tuesday\r\n") << QString() << QString() << QStringList{"BDAY"}
                                 << 1;
        QTest::newRow("invalid day") << QByteArray("BDAY:1985-02-30\r\n") << QString() << QString()
                                     << QStringList{"BDAY"} << 1;
        QTest::newRow("ANNIVERSARY date-time with offset")
            << QByteArray("ANNIVERSARY:20090808T1430-0500\r\n") << QString() << "2009-08-08" << none << 0;
        QTest::newRow("X-ANNIVERSARY") << QByteArray("X-ANNIVERSARY:1990-04-30\r\n") << QString() << "1990-04-30"
                                       << none << 0;
        QTest::newRow("X-MS-ANNIVERSARY")
            << QByteArray("X-MS-ANNIVERSARY:20120801\r\n") << QString() << "2012-08-01" << none << 0;
        QTest::newRow("X-EVOLUTION-ANNIVERSARY")
            << QByteArray("X-EVOLUTION-ANNIVERSARY:1980-03-22\r\n") << QString() << "1980-03-22" << none << 0;
        QTest::newRow("same anniversary twice is absorbed")
            << QByteArray("ANNIVERSARY:2012-08-01\r\nX-MS-ANNIVERSARY:20120801\r\n") << QString() << "2012-08-01"
            << none << 0;
        QTest::newRow("different second anniversary kept")
            << QByteArray("ANNIVERSARY:2012-08-01\r\nX-ANNIVERSARY:2001-01-01\r\n") << QString() << "2012-08-01"
            << QStringList{"X-ANNIVERSARY"} << 1;
        QTest::newRow("Apple X-ABDATE anniversary")
            << QByteArray("item4.X-ABDATE:1970-06-02\r\nitem4.X-ABLabel:_$!<Anniversary>!$_\r\n") << QString()
            << "1970-06-02" << none << 0;
        QTest::newRow("other X-ABDATE kept")
            << QByteArray("item5.X-ABDATE:1970-06-02\r\nitem5.X-ABLabel:first met\r\n") << QString() << QString()
            << QStringList{"item5.X-ABDATE", "item5.X-ABLABEL"} << 0;
    }
    void date()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, birthday);
        QFETCH(QString, anniversary);
        QFETCH(QStringList, unmapped);
        QFETCH(int, warnings);
        const MappedVCard mapped = mapLines(lines);
        QCOMPARE(mapped.contact.birthday.toIsoString(), birthday);
        QCOMPARE(mapped.contact.anniversary.toIsoString(), anniversary);
        QCOMPARE(unmappedNames(mapped), unmapped);
        QCOMPARE(mapped.warnings.size(), warnings);
        for (const QString& warning : mapped.warnings)
            QVERIFY2(warning.startsWith(u"line "), qPrintable(warning));
    }

    void textDateKeptVerbatim()
    {
        const MappedVCard mapped = mapLines("BDAY;VALUE=text:circa 1800\r\n", "4.0");
        QCOMPARE(mapped.unmapped.size(), 1);
        QCOMPARE(mapped.unmapped[0].value, "circa 1800");
        QCOMPARE(mapped.unmapped[0].parameter(u"VALUE"), "text");
        QVERIFY2(mapped.warnings.constFirst().contains(u"circa 1800"), qPrintable(mapped.warnings.constFirst()));
    }

    void photo_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<qsizetype>("maxBytes");
        QTest::addColumn<QByteArray>("photo");
        QTest::addColumn<QStringList>("unmapped");
        QTest::addColumn<int>("warnings");

        const QByteArray bytes("\xFF\xD8\xFF\xE0photo");
        const QByteArray b64 = bytes.toBase64();
        QTest::newRow("3.0 ENCODING=b") << QByteArray("PHOTO;ENCODING=b;TYPE=JPEG:" + b64 + "\r\n") << QByteArray("3.0")
                                        << qsizetype(0) << bytes << QStringList() << 0;
        QTest::newRow("2.1 BASE64") << QByteArray("PHOTO;ENCODING=BASE64;JPEG:" + b64 + "\r\n\r\n") << QByteArray("2.1")
                                    << qsizetype(0) << bytes << QStringList() << 0;
        QTest::newRow("4.0 data URI") << QByteArray("PHOTO:data:image/jpeg;base64," + b64 + "\r\n") << QByteArray("4.0")
                                      << qsizetype(0) << bytes << QStringList() << 0;
        QTest::newRow("URL kept, never fetched")
            << QByteArray("PHOTO;VALUE=uri:http://example.com/a.jpg\r\n") << QByteArray("3.0") << qsizetype(0)
            << QByteArray() << QStringList{"PHOTO"} << 0;
        QTest::newRow("over the cap") << QByteArray("PHOTO;ENCODING=b;TYPE=JPEG:" + b64 + "\r\n") << QByteArray("3.0")
                                      << qsizetype(4) << QByteArray() << QStringList() << 1;
        QTest::newRow("second photo kept")
            << QByteArray("PHOTO;ENCODING=b:" + b64 + "\r\nPHOTO;ENCODING=b:" + QByteArray("xyz").toBase64() + "\r\n")
            << QByteArray("3.0") << qsizetype(0) << bytes << QStringList{"PHOTO"} << 0;
    }
    void photo()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QByteArray, version);
        QFETCH(qsizetype, maxBytes);
        QFETCH(QByteArray, photo);
        QFETCH(QStringList, unmapped);
        QFETCH(int, warnings);
        const MappedVCard mapped = mapLines(lines, version, maxBytes);
        QCOMPARE(mapped.contact.photo, photo);
        QCOMPARE(unmappedNames(mapped), unmapped);
        QCOMPARE(mapped.warnings.size(), warnings);
    }

    void unmappedKeptInOrder()
    {
        const MappedVCard mapped = mapLines("PRODID:-//Apple Inc.//iOS 5.0.1//EN\r\n"
                                            "X-PHONETIC-FIRST-NAME:Grregg\r\n"
                                            "FN:Greg\r\n"
                                            "ROLE:Boss\r\n"
                                            "item6.X-ABRELATEDNAMES:MySpouse\r\n"
                                            "item6.X-ABLabel:_$!<Spouse>!$_\r\n"
                                            "X-messaging/twitter-All:@greg\r\n"
                                            "X-MS-OL-DESIGN;CHARSET=utf-8:<card a=\"b\"/>\r\n"
                                            "REV:20120801T184631Z\r\n");
        QCOMPARE(unmappedNames(mapped), (QStringList{"X-PHONETIC-FIRST-NAME", "ROLE", "item6.X-ABRELATEDNAMES",
                                                     "item6.X-ABLABEL", "X-MESSAGING/TWITTER-ALL", "X-MS-OL-DESIGN"}));
        QCOMPARE(mapped.unmapped[0].value, "Grregg");
        QCOMPARE(mapped.unmapped[2].value, "MySpouse");
        QCOMPARE(mapped.unmapped[3].value, "_$!<Spouse>!$_");
        QCOMPARE(mapped.unmapped[5].parameter(u"CHARSET"), "utf-8");
        QCOMPARE(mapped.unmapped[5].value, "<card a=\"b\"/>");
        QVERIFY(mapped.warnings.isEmpty());
    }

    void corpusIPhone()
    {
        const QList<VCardCard> cards = corpusFile(QStringLiteral("ez-vcard/John_Doe_IPHONE.vcf"));
        if (!QDir(QStringLiteral(KITH_SHARED_DIR "/corpus/vcard")).exists())
            QSKIP("the shared corpus is not present");
        QCOMPARE(cards.size(), 1);
        const VCardMapper mapper;
        const MappedVCard mapped = mapper.map(cards.constFirst());
        const Contact& c = mapped.contact;
        QCOMPARE(c.prefix, "Mr.");
        QCOMPARE(c.given, "John");
        QCOMPARE(c.additional, "Richter James");
        QCOMPARE(c.family, "Doe");
        QCOMPARE(c.suffix, "Sr.");
        QCOMPARE(c.displayName, QString());
        QCOMPARE(c.effectiveName(), "Mr. John Richter James Doe Sr.");
        QCOMPARE(c.nickname, "Johny");
        QCOMPARE(c.organization, "IBM, Accounting");
        QCOMPARE(c.title, "Money Counter");
        QCOMPARE(c.emails, (QList<LabeledValue>{{QString(), "john.doe@ibm.com"}}));
        QCOMPARE(c.phones, (QList<LabeledValue>{{"mobile", "905-555-1234"},
                                                {"home", "905-666-1234"},
                                                {"work", "905-777-1234"},
                                                {"home fax", "905-888-1234"},
                                                {"work fax", "905-999-1234"},
                                                {"pager", "905-111-1234"},
                                                {"assistant", "905-222-1234"}}));
        QCOMPARE(c.addresses.size(), 2);
        QCOMPARE(c.addresses[0].label, "home");
        QCOMPARE(c.addresses[0].street, "Silicon Alley 5,");
        QCOMPARE(c.addresses[0].locality, "New York");
        QCOMPARE(c.addresses[0].region, "New York");
        QCOMPARE(c.addresses[0].postalCode, "12345");
        QCOMPARE(c.addresses[0].country, "United States of America");
        QCOMPARE(c.addresses[1].label, "work");
        QCOMPARE(c.addresses[1].street, "Street4\nBuilding 6\nFloor 8");
        QCOMPARE(c.urls, (QList<LabeledValue>{{"homepage", "http://www.ibm.com"}}));
        QCOMPARE(c.birthday.toIsoString(), "2012-06-06");
        QVERIFY(c.photo.startsWith("\xFF\xD8")); // a JPEG
        QCOMPARE(unmappedNames(mapped), (QStringList{"item3.X-ABADR", "item4.X-ABADR"}));
    }

    void corpusAndroidQuotedPrintable()
    {
        const QList<VCardCard> cards = corpusFile(QStringLiteral("ez-vcard/John_Doe_ANDROID.vcf"));
        if (!QDir(QStringLiteral(KITH_SHARED_DIR "/corpus/vcard")).exists())
            QSKIP("the shared corpus is not present");
        QVERIFY(cards.size() >= 5);
        const VCardMapper mapper;
        const Contact first = mapper.map(cards[0]).contact;
        QCOMPARE(first.emails, (QList<LabeledValue>{{QString(), "john.doe@company.com"}}));
        QCOMPARE(first.tags, QStringList{"My Contacts"});
        QCOMPARE(first.effectiveName(), "john.doe@company.com");

        const Contact third = mapper.map(cards[2]).contact;
        QCOMPARE(third.family, QStringLiteral("Ñ Ñ Ñ Ñ"));
        QCOMPARE(third.displayName, QStringLiteral("Ñ Ñ Ñ Ñ Ñ")); // FN differs from N here
        QCOMPARE(third.phones, (QList<LabeledValue>{{"mobile", "123456789"}}));

        const Contact fifth = mapper.map(cards[4]).contact;
        QCOMPARE(fifth.family, QStringLiteral("Ñ Ñ"));
        QCOMPARE(fifth.given, QStringLiteral("Ñ Ñ Ñ"));
        QCOMPARE(fifth.phones, (QList<LabeledValue>{{"mobile", "123456"}, {"work", "123456"}, {"work fax", "123456"}}));
        QCOMPARE(fifth.emails.size(), 2);
        QCOMPARE(fifth.emails[0], (LabeledValue{"work", "bob@company.com"}));
        QCOMPARE(fifth.emails[1].value, QString(14, QChar(0xD1)));
        QCOMPARE(fifth.organization, QString(12, QChar(0xD1)));
        QCOMPARE(fifth.urls,
                 (QList<LabeledValue>{{QString(), "www.company.com"}, {QString(), "http://www.company.com"}}));
        QVERIFY(fifth.photo.startsWith("\xFF\xD8"));
    }

    void corpusOutlook2007()
    {
        const QList<VCardCard> cards = corpusFile(QStringLiteral("ez-vcard/outlook-2007.vcf"));
        if (!QDir(QStringLiteral(KITH_SHARED_DIR "/corpus/vcard")).exists())
            QSKIP("the shared corpus is not present");
        QCOMPARE(cards.size(), 1);
        const VCardMapper mapper;
        const MappedVCard mapped = mapper.map(cards.constFirst());
        const Contact& c = mapped.contact;
        QCOMPARE(c.prefix, "Mr.");
        QCOMPARE(c.given, "Michael");
        QCOMPARE(c.family, "Angstadt");
        QCOMPARE(c.suffix, "Jr.");
        QCOMPARE(c.displayName, QString());
        QCOMPARE(c.nickname, "Mike");
        QCOMPARE(c.organization, "TheCompany, TheDepartment");
        QCOMPARE(c.title, "TheJobTitle");
        QVERIFY2(c.notes.startsWith(u"This is the NOTE field"), qPrintable(c.notes));
        QVERIFY(c.notes.contains(u"\nI assume it encodes")); // "=0D=0A" becomes Kith's LF
        QVERIFY(!c.notes.contains(u'\r'));
        QCOMPARE(c.phones, (QList<LabeledValue>{{"work", "(111) 555-1111"},
                                                {"home", "(111) 555-2222"},
                                                {"mobile", "(111) 555-4444"},
                                                {"work fax", "(111) 555-3333"}}));
        QCOMPARE(c.addresses.size(), 1);
        QCOMPARE(c.addresses[0].label, "work");
        QCOMPARE(c.addresses[0].extended, "TheOffice");
        QCOMPARE(c.addresses[0].street, "222 Broadway");
        QCOMPARE(c.addresses[0].postalCode, "99999");
        QCOMPARE(c.urls,
                 (QList<LabeledValue>{{"home", "http://mikeangstadt.name"}, {"work", "http://mikeangstadt.name"}}));
        QCOMPARE(c.birthday.toIsoString(), "1922-03-10");
        QCOMPARE(c.anniversary.toIsoString(), "2012-08-01");
        QCOMPARE(c.emails, (QList<LabeledValue>{{QString(), "mike.angstadt@gmail.com"}}));
        QCOMPARE(c.socialProfiles, (QList<LabeledValue>{{"im", "im@aim.com"}}));
        QVERIFY(!c.photo.isEmpty());
        const QStringList unmapped = unmappedNames(mapped);
        for (const char* name : {"X-MS-TEL", "LABEL", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "ROLE", "KEY", "X-MS-OL-DESIGN",
                                 "X-MS-MANAGER", "X-MS-ASSISTANT", "X-MS-SPOUSE", "FBURL"})
            QVERIFY2(unmapped.contains(QString::fromLatin1(name)), name);
        QVERIFY(!unmapped.contains(QStringLiteral("REV")));
    }

    void corpusGmail()
    {
        const QList<VCardCard> cards = corpusFile(QStringLiteral("ez-vcard/gmail-single.vcf"));
        if (!QDir(QStringLiteral(KITH_SHARED_DIR "/corpus/vcard")).exists())
            QSKIP("the shared corpus is not present");
        QCOMPARE(cards.size(), 1);
        const VCardMapper mapper;
        const MappedVCard mapped = mapper.map(cards.constFirst());
        const Contact& c = mapped.contact;
        QCOMPARE(c.given, "Greg");
        QCOMPARE(c.family, "Dartmouth");
        QCOMPARE(c.displayName, QString());
        QCOMPARE(c.nickname, "Gman");
        QCOMPARE(c.emails, (QList<LabeledValue>{{QString(), "gdartmouth@hotmail.com"}}));
        QCOMPARE(c.phones, (QList<LabeledValue>{{"mobile", "555 555 1111"}, {"GRAND_CENTRAL", "555 555 2222"}}));
        QCOMPARE(c.addresses.size(), 2);
        QCOMPARE(c.addresses[0].label, "home");
        QCOMPARE(c.addresses[0].street, "123 Home St\nHome City, HM 12345");
        QCOMPARE(c.addresses[1].label, "CustomAdrType");
        QCOMPARE(c.addresses[1].region, "TX");
        QCOMPARE(c.organization, "TheCompany");
        QCOMPARE(c.title, "TheJobTitle");
        QCOMPARE(c.birthday.toIsoString(), "1960-09-10");
        QCOMPARE(c.anniversary.toIsoString(), "1970-06-02");
        QCOMPARE(c.urls, (QList<LabeledValue>{{"PROFILE", "http://TheProfile.com"}}));
        QCOMPARE(c.socialProfiles, (QList<LabeledValue>{{"icq", "123456789"}}));
        QCOMPARE(c.notes, "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField");
        QCOMPARE(unmappedNames(mapped),
                 (QStringList{"X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME", "item5.X-ABRELATEDNAMES",
                              "item5.X-ABLABEL", "item6.X-ABRELATEDNAMES", "item6.X-ABLABEL"}));
    }

    void corpusConformance()
    {
        const QString root = QStringLiteral(KITH_SHARED_DIR "/corpus/vcard");
        if (!QDir(root).exists())
            QSKIP("the shared corpus is not present");
        const VCardMapper mapper;
        int files = 0;
        int cards = 0;
        QDirIterator it(root, {QStringLiteral("*.vcf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            for (const VCardCard& card : readCards(&file)) {
                ++cards;
                const MappedVCard mapped = mapper.map(card);
                bool named = false;
                if (const VCardProperty* fn = card.first(u"FN"); fn && !fn->text().trimmed().isEmpty())
                    named = true;
                if (const VCardProperty* n = card.first(u"N");
                    n && !n->components().join(QString()).trimmed().isEmpty())
                    named = true;
                if (named)
                    QVERIFY2(!mapped.contact.effectiveName().isEmpty(),
                             qPrintable(QStringLiteral("%1 line %2").arg(path).arg(card.line)));
                // Nothing vanishes: every property is either mapped or kept.
                QVERIFY(mapped.unmapped.size() <= card.properties.size());
            }
        }
        QVERIFY(files >= 50);
        QVERIFY(cards >= files);
    }

    // What VCardWriter writes for the fields vCard has no property for.
    void kithProperties()
    {
        const MappedVCard mapped = mapLines("FN:Ada\r\n"
                                            "X-KITH-CIRCLE:inner\r\n"
                                            "X-KITH-CADENCE-DAYS:21\r\n"
                                            "X-KITH-PRIORITY:high\r\n"
                                            "X-KITH-HOW-MET:Conference\\; Berlin\\, 2019\r\n"
                                            "X-KITH-WHERE-MET:Berlin\r\n",
                                            "4.0");
        const Contact& c = mapped.contact;
        QCOMPARE(c.circle, "inner");
        QCOMPARE(c.cadenceDays, std::optional<int>(21));
        QCOMPARE(c.priority, Priority::High);
        QCOMPARE(c.howMet, "Conference; Berlin, 2019");
        QCOMPARE(c.whereMet, "Berlin");
        QVERIFY(mapped.unmapped.isEmpty());
        QVERIFY(c.vcardExtras.isEmpty());
        QVERIFY(mapped.warnings.isEmpty());
    }

    void kithPropertiesKithCannotUse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("cadence not a number") << QByteArray("X-KITH-CADENCE-DAYS:often");
        QTest::newRow("cadence zero") << QByteArray("X-KITH-CADENCE-DAYS:0");
        QTest::newRow("unknown priority") << QByteArray("X-KITH-PRIORITY:urgent");
    }
    void kithPropertiesKithCannotUse()
    {
        QFETCH(QByteArray, line);
        const MappedVCard mapped = mapLines("FN:Ada\r\n" + line + "\r\n", "4.0");
        QCOMPARE(mapped.contact.vcardExtras, QStringList{QString::fromLatin1(line)});
        QCOMPARE(mapped.warnings.size(), 1);
        QVERIFY(mapped.warnings.constFirst().startsWith(u"line 4: "));
        QVERIFY(!mapped.contact.cadenceDays);
        QCOMPARE(mapped.contact.priority, Priority::None);
    }

    // Unmapped properties become the contact's vcardExtras, as content lines, in file order.
    void extrasAreContentLines()
    {
        const MappedVCard mapped = mapLines("FN:Ada\r\n"
                                            "X-PHONETIC-FIRST-NAME;CHARSET=UTF-8:a-da\r\n"
                                            "item1.X-ABLabel:orphan\r\n"
                                            "X-messaging/aim-All:ada\r\n"
                                            "X-KITH-VCARD-LINE:X-messaging/icq-All:12\\, 3\r\n",
                                            "3.0");
        QCOMPARE(mapped.contact.vcardExtras, (QStringList{"X-PHONETIC-FIRST-NAME:a-da", "item1.X-ABLABEL:orphan",
                                                          "X-MESSAGING/AIM-ALL:ada", "X-messaging/icq-All:12, 3"}));
    }

    void socialProfileWithGroupLabel()
    {
        const MappedVCard mapped = mapLines("FN:Ada\r\nitem1.X-SOCIALPROFILE:@ada@social.example\r\n"
                                            "item1.X-ABLabel:Mastodon (old)\r\n");
        QCOMPARE(mapped.contact.socialProfiles, (QList<LabeledValue>{{"Mastodon (old)", "@ada@social.example"}}));
        QVERIFY(mapped.contact.vcardExtras.isEmpty());
    }

    void fnThatOnlyRepeatsTheFallbackIsNotPinned()
    {
        QCOMPARE(mapLines("FN:Acme\r\nORG:Acme\r\n").contact.displayName, QString());
        QCOMPARE(mapLines("FN:a@example.org\r\nEMAIL:a@example.org\r\n").contact.displayName, QString());
        QCOMPARE(mapLines("FN:Acme Sales\r\nORG:Acme\r\n").contact.displayName, "Acme Sales");
    }

    // Found by fuzz_vcard: "BEGIN:<junk>" inside a card was kept and, written back, began a new card.
    void strayBeginOrEndIsLeftOut()
    {
        const MappedVCard mapped = mapLines("FN:Ada\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        QVERIFY(mapped.contact.vcardExtras.isEmpty());
        QCOMPARE(mapped.warnings,
                 (QStringList{"line 4: a stray BEGIN line was left out", "line 5: a stray END line was left out"}));
    }
};

QTEST_GUILESS_MAIN(TestVCardMapper)
#include "tst_vcardmapper.moc"
