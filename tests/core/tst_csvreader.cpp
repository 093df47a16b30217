#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringEncoder>
#include <QTest>

using namespace kith;

namespace {

struct ReadResult {
    QStringList header;
    qint64 headerLine = 0;
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<qint64> errorLines;
    QList<CsvError> errors;
    char separator = 0;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
};

ReadResult readAll(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    ReadResult result;
    result.header = reader.header();
    result.headerLine = reader.headerLine();
    while (auto row = reader.next()) {
        result.rows.append(row->cells);
        result.lines.append(row->line);
    }
    result.errors = reader.errors();
    for (const CsvError& error : result.errors)
        result.errorLines.append(error.line);
    result.separator = reader.separator();
    result.encoding = reader.encoding();
    return result;
}

QByteArray utf16(const QString& text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder(text);
}

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quirks_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QList<qint64>>("errorLines");
        QTest::addColumn<int>("separator");

        const QStringList ab = {QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("lf") << QByteArray("A,B\n1,2\n3,4\n") << ab
                            << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                  {QStringLiteral("3"), QStringLiteral("4")}}
                            << QList<qint64>{2, 3} << QList<qint64>{} << int(',');
        QTest::newRow("crlf, no final newline") << QByteArray("A,B\r\n1,2\r\n3,4") << ab
                                                << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                                      {QStringLiteral("3"), QStringLiteral("4")}}
                                                << QList<qint64>{2, 3} << QList<qint64>{} << int(',');
        QTest::newRow("lone cr") << QByteArray("A,B\r1,2\r") << ab
                                 << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QList<qint64>{2}
                                 << QList<qint64>{} << int(',');
        QTest::newRow("doubled quotes") << QByteArray("A,B\n\"say \"\"hi\"\"\",\"x,y\"\n") << ab
                                        << QList<QStringList>{{QStringLiteral("say \"hi\""), QStringLiteral("x,y")}}
                                        << QList<qint64>{2} << QList<qint64>{} << int(',');
        QTest::newRow("multi-line cell") << QByteArray("A,B\r\n\"line 1\r\nline 2\nline 3\",x\r\n5,6\r\n") << ab
                                         << QList<QStringList>{{QStringLiteral("line 1\nline 2\nline 3"),
                                                                QStringLiteral("x")},
                                                               {QStringLiteral("5"), QStringLiteral("6")}}
                                         << QList<qint64>{2, 5} << QList<qint64>{} << int(',');
        QTest::newRow("empty quoted and unquoted cells")
            << QByteArray("A,B,C\n\"\",x,\"\"\n")
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
            << QList<QStringList>{{QString(), QStringLiteral("x"), QString()}} << QList<qint64>{2} << QList<qint64>{}
            << int(',');
        QTest::newRow("semicolon (Excel locale)")
            << QByteArray("\"First Name\";\"Notes\"\n\"Ann\";\"a, b; c\"\nBob;x,y\n")
            << QStringList{QStringLiteral("First Name"), QStringLiteral("Notes")}
            << QList<QStringList>{{QStringLiteral("Ann"), QStringLiteral("a, b; c")},
                                  {QStringLiteral("Bob"), QStringLiteral("x,y")}}
            << QList<qint64>{2, 3} << QList<qint64>{} << int(';');
        QTest::newRow("tab") << QByteArray("A\tB\n1,5\t2\n") << ab
                             << QList<QStringList>{{QStringLiteral("1,5"), QStringLiteral("2")}} << QList<qint64>{2}
                             << QList<qint64>{} << int('\t');
        QTest::newRow("trailing separator (Thunderbird)")
            << QByteArray("First Name,Last Name,Notes,\nAnn,Lee,,\nBob,Ray,hi,\n")
            << QStringList{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Notes")}
            << QList<QStringList>{{QStringLiteral("Ann"), QStringLiteral("Lee"), QString()},
                                  {QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("hi")}}
            << QList<qint64>{2, 3} << QList<qint64>{} << int(',');
        QTest::newRow("ragged rows") << QByteArray("A,B\n1,2\n3\n4,5,6\n7,8\n") << ab
                                     << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                           {QStringLiteral("3")},
                                                           {QStringLiteral("4"), QStringLiteral("5"),
                                                            QStringLiteral("6")},
                                                           {QStringLiteral("7"), QStringLiteral("8")}}
                                     << QList<qint64>{2, 3, 4, 5} << QList<qint64>{3, 4} << int(',');
        QTest::newRow("blank lines skipped") << QByteArray("\n\nA,B\n\n1,2\n,\n\n3,4\n\n") << ab
                                             << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                                   {QStringLiteral("3"), QStringLiteral("4")}}
                                             << QList<qint64>{5, 8} << QList<qint64>{} << int(',');
        QTest::newRow("LinkedIn preamble")
            << QByteArray("Notes:\n\"When exporting your connection data, you may notice that some of the email\n"
                          "addresses are missing. You will only see email addresses for connections who have allowed "
                          "it.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                          "Ann,Lee,https://www.linkedin.com/in/annlee,,Acme,CTO,15 Jan 2024\n")
            << QStringList{QStringLiteral("First Name"),    QStringLiteral("Last Name"), QStringLiteral("URL"),
                           QStringLiteral("Email Address"), QStringLiteral("Company"),   QStringLiteral("Position"),
                           QStringLiteral("Connected On")}
            << QList<QStringList>{{QStringLiteral("Ann"), QStringLiteral("Lee"),
                                   QStringLiteral("https://www.linkedin.com/in/annlee"), QString(),
                                   QStringLiteral("Acme"), QStringLiteral("CTO"), QStringLiteral("15 Jan 2024")}}
            << QList<qint64>{6} << QList<qint64>{} << int(',');
        QTest::newRow("LinkedIn preamble with trailing commas, CRLF")
            << QByteArray("Notes:,,\r\n\"Some emails are\r\nmissing.\",,\r\n,,\r\nFirst Name,Last Name,URL\r\n"
                          "Bob,Ray,https://x.example/in/bob\r\n")
            << QStringList{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("URL")}
            << QList<QStringList>{{QStringLiteral("Bob"), QStringLiteral("Ray"),
                                   QStringLiteral("https://x.example/in/bob")}}
            << QList<qint64>{6} << QList<qint64>{} << int(',');
        QTest::newRow("Google multi-values kept in the cell")
            << QByteArray("E-mail 1 - Label,E-mail 1 - Value\n* Home ::: Work,a@x.example ::: b@x.example\n")
            << QStringList{QStringLiteral("E-mail 1 - Label"), QStringLiteral("E-mail 1 - Value")}
            << QList<QStringList>{{QStringLiteral("* Home ::: Work"), QStringLiteral("a@x.example ::: b@x.example")}}
            << QList<qint64>{2} << QList<qint64>{} << int(',');
        QTest::newRow("text after a closing quote")
            << QByteArray("A,B\n\"Smith\" Jr,2\n") << ab
            << QList<QStringList>{{QStringLiteral("Smith Jr"), QStringLiteral("2")}} << QList<qint64>{2}
            << QList<qint64>{} << int(',');
        QTest::newRow("quote inside an unquoted cell")
            << QByteArray("A,B\n5\" disk,2\n") << ab
            << QList<QStringList>{{QStringLiteral("5\" disk"), QStringLiteral("2")}} << QList<qint64>{2}
            << QList<qint64>{} << int(',');
        QTest::newRow("unclosed quote") << QByteArray("A,B\n1,2\n3,\"never closed\n4,5\n") << ab
                                        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                              {QStringLiteral("3"),
                                                               QStringLiteral("never closed\n4,5\n")}}
                                        << QList<qint64>{2, 3} << QList<qint64>{3} << int(',');
        QTest::newRow("outlook empty dates kept as written")
            << QByteArray("\"First Name\",\"Birthday\"\r\n\"Ann\",\"0/0/00\"\r\n")
            << QStringList{QStringLiteral("First Name"), QStringLiteral("Birthday")}
            << QList<QStringList>{{QStringLiteral("Ann"), QStringLiteral("0/0/00")}} << QList<qint64>{2}
            << QList<qint64>{} << int(',');
        QTest::newRow("header only") << QByteArray("A,B\r\n") << ab << QList<QStringList>{} << QList<qint64>{}
                                     << QList<qint64>{} << int(',');
        QTest::newRow("empty file") << QByteArray() << QStringList{} << QList<QStringList>{} << QList<qint64>{}
                                    << QList<qint64>{1} << int(',');
    }

    void quirks()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qint64>, lines);
        QFETCH(QList<qint64>, errorLines);
        QFETCH(int, separator);

        const ReadResult result = readAll(input);
        QCOMPARE(result.header, header);
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.lines, lines);
        QCOMPARE(result.errorLines, errorLines);
        QCOMPARE(int(result.separator), separator);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("name");

        const QString text = QStringLiteral("Name,Given Name\r\n") + QString::fromUtf16(u"Zoë Ångström 😀,Zoë\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(CsvReader::Encoding::Utf8)
                               << QString::fromUtf16(u"Zoë Ångström 😀");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << int(CsvReader::Encoding::Utf8Bom)
                                   << QString::fromUtf16(u"Zoë Ångström 😀");
        QTest::newRow("utf-16le bom") << utf16(text, QStringEncoder::Utf16LE) << int(CsvReader::Encoding::Utf16LE)
                                      << QString::fromUtf16(u"Zoë Ångström 😀");
        QTest::newRow("utf-16be bom") << utf16(text, QStringEncoder::Utf16BE) << int(CsvReader::Encoding::Utf16BE)
                                      << QString::fromUtf16(u"Zoë Ångström 😀");
        QTest::newRow("windows-1252") << QByteArray("Name,Given Name\r\nM\xFCller \x80 \x93q\x94,M\xFCller\r\n")
                                      << int(CsvReader::Encoding::Windows1252) << QString::fromUtf16(u"Müller € “q”");
    }

    void encodings()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, encoding);
        QFETCH(QString, name);

        const ReadResult result = readAll(input);
        QCOMPARE(int(result.encoding), encoding);
        QCOMPARE(result.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Given Name")}));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows[0][0], name);
        QVERIFY(result.errors.isEmpty());
    }

    // Cells, quoted line breaks and multi-byte characters that straddle the 64 KB read chunks.
    void largeFileAcrossChunks_data()
    {
        QTest::addColumn<int>("encoding"); // 0 UTF-8, 1 UTF-16LE, 2 UTF-16BE
        QTest::newRow("utf-8") << 0;
        QTest::newRow("utf-16le") << 1;
        QTest::newRow("utf-16be") << 2;
    }

    void largeFileAcrossChunks()
    {
        QFETCH(int, encoding);
        QString text = QStringLiteral("Name,Notes,Phone\r\n");
        QList<QStringList> expected;
        QList<qint64> lines;
        qint64 line = 2;
        for (int i = 0; i < 5000; ++i) {
            const QString name = QString::fromUtf16(u"Zoë 😀 ") + QString::number(i);
            const QString notes = QStringLiteral("first \"line\"\nsecond, ") + QString::number(i * 7);
            const QString phone = QStringLiteral("+44 20 7946 ") + QString::number(1000 + i);
            text += name + u',' + u'"' + QString(notes).replace(u'"', QStringLiteral("\"\"")) + u'"' + u',' + phone +
                    QStringLiteral("\r\n");
            expected.append({name, notes, phone});
            lines.append(line);
            line += 2;
        }
        QByteArray data;
        if (encoding == 0)
            data = text.toUtf8();
        else
            data = utf16(text, encoding == 1 ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
        QVERIFY(data.size() > 3 * 64 * 1024);

        const ReadResult result = readAll(data);
        QCOMPARE(result.rows.size(), expected.size());
        QCOMPARE(result.rows, expected);
        QCOMPARE(result.lines, lines);
        QVERIFY(result.errors.isEmpty());
    }

    void binaryInputDoesNotCrash()
    {
        QByteArray data;
        quint32 seed = 12345;
        for (int i = 0; i < 200000; ++i) {
            seed = seed * 1103515245u + 12345u;
            data.append(char(seed >> 16));
        }
        const ReadResult result = readAll(data);
        QVERIFY(result.errors.size() <= CsvReader::maxErrors() + 1);
    }

    void detect_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("kind");

        QTest::newRow("google current") << QStringList{QStringLiteral("First Name"),
                                                       QStringLiteral("Middle Name"),
                                                       QStringLiteral("Last Name"),
                                                       QStringLiteral("Nickname"),
                                                       QStringLiteral("Organization Name"),
                                                       QStringLiteral("Organization Title"),
                                                       QStringLiteral("Birthday"),
                                                       QStringLiteral("Notes"),
                                                       QStringLiteral("Labels"),
                                                       QStringLiteral("E-mail 1 - Label"),
                                                       QStringLiteral("E-mail 1 - Value"),
                                                       QStringLiteral("Phone 1 - Label"),
                                                       QStringLiteral("Phone 1 - Value"),
                                                       QStringLiteral("Address 1 - Label"),
                                                       QStringLiteral("Address 1 - City"),
                                                       QStringLiteral("Website 1 - Label"),
                                                       QStringLiteral("Website 1 - Value")}
                                        << int(CsvProfile::Kind::GoogleCurrent);
        QTest::newRow("google legacy") << QStringList{QStringLiteral("Name"),
                                                      QStringLiteral("Given Name"),
                                                      QStringLiteral("Additional Name"),
                                                      QStringLiteral("Family Name"),
                                                      QStringLiteral("Birthday"),
                                                      QStringLiteral("Notes"),
                                                      QStringLiteral("Group Membership"),
                                                      QStringLiteral("E-mail 1 - Type"),
                                                      QStringLiteral("E-mail 1 - Value"),
                                                      QStringLiteral("Phone 1 - Type"),
                                                      QStringLiteral("Phone 1 - Value"),
                                                      QStringLiteral("Organization 1 - Name"),
                                                      QStringLiteral("Organization 1 - Title")}
                                       << int(CsvProfile::Kind::GoogleLegacy);
        QTest::newRow("outlook desktop") << QStringList{QStringLiteral("Title"),
                                                        QStringLiteral("First Name"),
                                                        QStringLiteral("Middle Name"),
                                                        QStringLiteral("Last Name"),
                                                        QStringLiteral("Company"),
                                                        QStringLiteral("Job Title"),
                                                        QStringLiteral("Home Street"),
                                                        QStringLiteral("Home City"),
                                                        QStringLiteral("Home Country/Region"),
                                                        QStringLiteral("Mobile Phone"),
                                                        QStringLiteral("Birthday"),
                                                        QStringLiteral("E-mail Address"),
                                                        QStringLiteral("E-mail Type"),
                                                        QStringLiteral("Notes"),
                                                        QStringLiteral("Web Page")}
                                         << int(CsvProfile::Kind::OutlookDesktop);
        QTest::newRow("outlook.com") << QStringList{QStringLiteral("First Name"),   QStringLiteral("Middle Name"),
                                                    QStringLiteral("Last Name"),    QStringLiteral("Nickname"),
                                                    QStringLiteral("Given Yomi"),   QStringLiteral("E-mail Address"),
                                                    QStringLiteral("Mobile Phone"), QStringLiteral("IMAddress"),
                                                    QStringLiteral("Company"),      QStringLiteral("Birthday"),
                                                    QStringLiteral("Notes")}
                                     << int(CsvProfile::Kind::OutlookCom);
        QTest::newRow("linkedin") << QStringList{QStringLiteral("First Name"),  QStringLiteral("Last Name"),
                                                 QStringLiteral("URL"),         QStringLiteral("Email Address"),
                                                 QStringLiteral("Company"),     QStringLiteral("Position"),
                                                 QStringLiteral("Connected On")}
                                  << int(CsvProfile::Kind::LinkedIn);
        QTest::newRow("thunderbird") << QStringList{QStringLiteral("First Name"),    QStringLiteral("Last Name"),
                                                    QStringLiteral("Display Name"),  QStringLiteral("Nickname"),
                                                    QStringLiteral("Primary Email"), QStringLiteral("Secondary Email"),
                                                    QStringLiteral("Work Phone"),    QStringLiteral("Mobile Number"),
                                                    QStringLiteral("Home Address"),  QStringLiteral("Home City"),
                                                    QStringLiteral("Organization"),  QStringLiteral("Birth Year"),
                                                    QStringLiteral("Notes")}
                                     << int(CsvProfile::Kind::Thunderbird);
        QTest::newRow("generic") << QStringList{QStringLiteral("Full Name"), QStringLiteral("email"),
                                                QStringLiteral("Work phone"), QStringLiteral("Tags")}
                                 << int(CsvProfile::Kind::Generic);
    }

    void detect()
    {
        QFETCH(QStringList, header);
        QFETCH(int, kind);
        QCOMPARE(int(CsvProfileDetector::detect(header).kind), kind);
    }

    void googleCurrentColumns()
    {
        const QStringList header = {QStringLiteral("First Name"),
                                    QStringLiteral("Middle Name"),
                                    QStringLiteral("Last Name"),
                                    QStringLiteral("Organization Name"),
                                    QStringLiteral("Organization Title"),
                                    QStringLiteral("Birthday"),
                                    QStringLiteral("Notes"),
                                    QStringLiteral("Labels"),
                                    QStringLiteral("E-mail 1 - Label"),
                                    QStringLiteral("E-mail 1 - Value"),
                                    QStringLiteral("E-mail 2 - Label"),
                                    QStringLiteral("E-mail 2 - Value"),
                                    QStringLiteral("Phone 1 - Label"),
                                    QStringLiteral("Phone 1 - Value"),
                                    QStringLiteral("Address 1 - Label"),
                                    QStringLiteral("Address 1 - Formatted"),
                                    QStringLiteral("Address 1 - Street"),
                                    QStringLiteral("Address 1 - City"),
                                    QStringLiteral("Address 1 - Postal Code"),
                                    QStringLiteral("Address 1 - Country"),
                                    QStringLiteral("Website 1 - Label"),
                                    QStringLiteral("Website 1 - Value")};
        const CsvProfile profile = CsvProfileDetector::detect(header);
        QCOMPARE(profile.kind, CsvProfile::Kind::GoogleCurrent);
        QCOMPARE(profile.column(CsvProfile::Field::GivenName), 0);
        QCOMPARE(profile.column(CsvProfile::Field::MiddleName), 1);
        QCOMPARE(profile.column(CsvProfile::Field::FamilyName), 2);
        QCOMPARE(profile.column(CsvProfile::Field::Organisation), 3);
        QCOMPARE(profile.column(CsvProfile::Field::Title), 4);
        QCOMPARE(profile.column(CsvProfile::Field::Birthday), 5);
        QCOMPARE(profile.column(CsvProfile::Field::Notes), 6);
        QCOMPARE(profile.column(CsvProfile::Field::Labels), 7);
        QCOMPARE(profile.column(CsvProfile::Field::DisplayName), -1);
        QCOMPARE(profile.emails, (QList<CsvValueColumns>{{9, 8, {}}, {11, 10, {}}}));
        QCOMPARE(profile.phones, (QList<CsvValueColumns>{{13, 12, {}}}));
        QCOMPARE(profile.websites, (QList<CsvValueColumns>{{21, 20, {}}}));
        QCOMPARE(profile.addresses.size(), 1);
        const CsvAddressColumns& address = profile.addresses[0];
        QCOMPARE(address.label, 14);
        QCOMPARE(address.formatted, 15);
        QCOMPARE(address.street, 16);
        QCOMPARE(address.city, 17);
        QCOMPARE(address.postalCode, 18);
        QCOMPARE(address.country, 19);
        QCOMPARE(address.region, -1);
    }

    void googleLegacyColumns()
    {
        const QStringList header = {QStringLiteral("Name"),
                                    QStringLiteral("Given Name"),
                                    QStringLiteral("Additional Name"),
                                    QStringLiteral("Family Name"),
                                    QStringLiteral("Nickname"),
                                    QStringLiteral("Group Membership"),
                                    QStringLiteral("E-mail 1 - Type"),
                                    QStringLiteral("E-mail 1 - Value"),
                                    QStringLiteral("Organization 1 - Name"),
                                    QStringLiteral("Organization 1 - Title")};
        const CsvProfile profile = CsvProfileDetector::detect(header);
        QCOMPARE(profile.kind, CsvProfile::Kind::GoogleLegacy);
        QCOMPARE(profile.column(CsvProfile::Field::DisplayName), 0);
        QCOMPARE(profile.column(CsvProfile::Field::GivenName), 1);
        QCOMPARE(profile.column(CsvProfile::Field::MiddleName), 2);
        QCOMPARE(profile.column(CsvProfile::Field::FamilyName), 3);
        QCOMPARE(profile.column(CsvProfile::Field::Nickname), 4);
        QCOMPARE(profile.column(CsvProfile::Field::Labels), 5);
        QCOMPARE(profile.emails, (QList<CsvValueColumns>{{7, 6, {}}}));
        QCOMPARE(profile.column(CsvProfile::Field::Organisation), 8);
        QCOMPARE(profile.column(CsvProfile::Field::Title), 9);
    }

    void outlookColumns()
    {
        const QStringList header = {QStringLiteral("Title"),          QStringLiteral("First Name"),
                                    QStringLiteral("Last Name"),      QStringLiteral("Company"),
                                    QStringLiteral("Job Title"),      QStringLiteral("Business Street"),
                                    QStringLiteral("Business City"),  QStringLiteral("Business Country/Region"),
                                    QStringLiteral("Mobile Phone"),   QStringLiteral("Business Fax"),
                                    QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
                                    QStringLiteral("Categories"),     QStringLiteral("Birthday")};
        const CsvProfile profile = CsvProfileDetector::detect(header);
        QCOMPARE(profile.kind, CsvProfile::Kind::OutlookDesktop);
        QCOMPARE(profile.column(CsvProfile::Field::Prefix), 0);
        QCOMPARE(profile.column(CsvProfile::Field::GivenName), 1);
        QCOMPARE(profile.column(CsvProfile::Field::FamilyName), 2);
        QCOMPARE(profile.column(CsvProfile::Field::Organisation), 3);
        QCOMPARE(profile.column(CsvProfile::Field::Title), 4);
        QCOMPARE(profile.column(CsvProfile::Field::Labels), 12);
        QCOMPARE(profile.column(CsvProfile::Field::Birthday), 13);
        QCOMPARE(profile.emails, (QList<CsvValueColumns>{{10, -1, {}}, {11, -1, {}}}));
        QCOMPARE(profile.phones,
                 (QList<CsvValueColumns>{{8, -1, QStringLiteral("mobile")}, {9, -1, QStringLiteral("work fax")}}));
        QCOMPARE(profile.addresses.size(), 1);
        QCOMPARE(profile.addresses[0].fixedLabel, QStringLiteral("work"));
        QCOMPARE(profile.addresses[0].street, 5);
        QCOMPARE(profile.addresses[0].city, 6);
        QCOMPARE(profile.addresses[0].country, 7);
    }

    void thunderbirdAndLinkedInColumns()
    {
        const ReadResult thunderbird = readAll(
            "First Name,Last Name,Display Name,Primary Email,Mobile Number,Birth Year,Birth Month,Birth Day,\n");
        const CsvProfile tb = CsvProfileDetector::detect(thunderbird.header);
        QCOMPARE(tb.kind, CsvProfile::Kind::Thunderbird);
        QCOMPARE(tb.column(CsvProfile::Field::DisplayName), 2);
        QCOMPARE(tb.emails, (QList<CsvValueColumns>{{3, -1, {}}}));
        QCOMPARE(tb.phones, (QList<CsvValueColumns>{{4, -1, QStringLiteral("mobile")}}));
        QCOMPARE(tb.column(CsvProfile::Field::BirthYear), 5);
        QCOMPARE(tb.column(CsvProfile::Field::BirthDay), 7);

        const CsvProfile li = CsvProfileDetector::detect({QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                                          QStringLiteral("URL"), QStringLiteral("Email Address"),
                                                          QStringLiteral("Company"), QStringLiteral("Position"),
                                                          QStringLiteral("Connected On")});
        QCOMPARE(li.kind, CsvProfile::Kind::LinkedIn);
        QCOMPARE(li.websites, (QList<CsvValueColumns>{{2, -1, QStringLiteral("LinkedIn")}}));
        QCOMPARE(li.emails, (QList<CsvValueColumns>{{3, -1, {}}}));
        QCOMPARE(li.column(CsvProfile::Field::Organisation), 4);
        QCOMPARE(li.column(CsvProfile::Field::Title), 5);
        QCOMPARE(li.column(CsvProfile::Field::ConnectedOn), 6);
    }

    void genericGuess()
    {
        const CsvProfile profile = CsvProfileDetector::detect({QStringLiteral("Full Name"), QStringLiteral("E-mail"),
                                                               QStringLiteral("Work phone"), QStringLiteral("Tags")});
        QCOMPARE(profile.kind, CsvProfile::Kind::Generic);
        QCOMPARE(profile.column(CsvProfile::Field::DisplayName), 0);
        QCOMPARE(profile.emails, (QList<CsvValueColumns>{{1, -1, {}}}));
        QCOMPARE(profile.phones, (QList<CsvValueColumns>{{2, -1, {}}}));
        QCOMPARE(profile.column(CsvProfile::Field::Labels), 3);
    }

    // Every real export header in ../shared/corpus/csv is read and detected as the exporter that wrote it.
    void corpus()
    {
        const QString root = QStringLiteral(KITH_SHARED_DIR "/corpus/csv");
        if (!QDir(root).exists())
            QSKIP("../shared/corpus/csv is not present");

        struct Expectation {
            CsvProfile::Kind kind;
            int columns;
        };
        const QHash<QString, Expectation> expected = {
            {QStringLiteral("google_new.csv"), {CsvProfile::Kind::GoogleCurrent, -1}},
            {QStringLiteral("google_legacy.csv"), {CsvProfile::Kind::GoogleLegacy, -1}},
            // Google's "Outlook CSV" export uses Outlook desktop's column names.
            {QStringLiteral("google_outlook_format_88.csv"), {CsvProfile::Kind::OutlookDesktop, 88}},
            {QStringLiteral("outlook_desktop_92.csv"), {CsvProfile::Kind::OutlookDesktop, 92}},
            {QStringLiteral("outlook_live_61.csv"), {CsvProfile::Kind::OutlookCom, 61}},
            {QStringLiteral("linkedin_connections.csv"), {CsvProfile::Kind::LinkedIn, 7}},
            {QStringLiteral("thunderbird_csv_third_party.csv"), {CsvProfile::Kind::Thunderbird, -1}},
        };

        const QFileInfoList files = QDir(root).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        int checked = 0;
        for (const QFileInfo& info : files) {
            const QString name = info.fileName();
            QVERIFY2(expected.contains(name), qPrintable(QStringLiteral("no expectation for ") + name));
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            CsvReader reader(&file);
            const QStringList header = reader.header();
            while (reader.next()) {
            }
            const Expectation expectation = expected.value(name);
            const CsvProfile profile = CsvProfileDetector::detect(header);
            QVERIFY2(profile.kind == expectation.kind,
                     qPrintable(name + QStringLiteral(": detected as ") + CsvProfile::kindName(profile.kind)));
            if (expectation.columns >= 0)
                QCOMPARE(header.size(), expectation.columns);
            QVERIFY2(profile.column(CsvProfile::Field::GivenName) >= 0, qPrintable(name));
            QVERIFY2(profile.column(CsvProfile::Field::FamilyName) >= 0, qPrintable(name));
            QVERIFY2(!profile.emails.isEmpty(), qPrintable(name));
            QVERIFY2(header.constLast() != QString(), qPrintable(name));
            ++checked;
        }
        QCOMPARE(checked, expected.size());
    }

    void corpusGroups()
    {
        const QString root = QStringLiteral(KITH_SHARED_DIR "/corpus/csv");
        if (!QDir(root).exists())
            QSKIP("../shared/corpus/csv is not present");
        const auto profileOf = [&](const QString& name) {
            QFile file(root + u'/' + name);
            if (!file.open(QIODevice::ReadOnly))
                return CsvProfile();
            CsvReader reader(&file);
            return CsvProfileDetector::detect(reader.header());
        };
        const CsvProfile google = profileOf(QStringLiteral("google_new.csv"));
        QCOMPARE(google.emails.size(), 4);
        QCOMPARE(google.phones.size(), 3);
        QCOMPARE(google.addresses.size(), 1);
        QCOMPARE(google.websites.size(), 1);
        for (const CsvValueColumns& email : google.emails)
            QVERIFY(email.label >= 0 && email.value >= 0);

        const CsvProfile legacy = profileOf(QStringLiteral("google_legacy.csv"));
        QCOMPARE(legacy.emails.size(), 3);
        QCOMPARE(legacy.phones.size(), 5);
        QVERIFY(legacy.column(CsvProfile::Field::DisplayName) >= 0);

        const CsvProfile desktop = profileOf(QStringLiteral("outlook_desktop_92.csv"));
        QCOMPARE(desktop.emails.size(), 3);
        QCOMPARE(desktop.phones.size(), 19);
        QCOMPARE(desktop.addresses.size(), 3);

        const CsvProfile live = profileOf(QStringLiteral("outlook_live_61.csv"));
        QCOMPARE(live.emails.size(), 3);
        QCOMPARE(live.addresses.size(), 3);
        QVERIFY(live.column(CsvProfile::Field::Nickname) >= 0);

        const CsvProfile thunderbird = profileOf(QStringLiteral("thunderbird_csv_third_party.csv"));
        QCOMPARE(thunderbird.emails.size(), 2);
        QCOMPARE(thunderbird.phones.size(), 5);
        QCOMPARE(thunderbird.addresses.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
