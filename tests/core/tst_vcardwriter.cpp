#include "io/vcard/VCardWriter.h"

#include "domain/Contact.h"
#include "io/vcard/VCardProperty.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>

using namespace kith;

namespace {

// The content lines of a written card, unfolded (CRLF + one space removed).
QStringList unfoldedLines(const QByteArray& bytes)
{
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList linesOf(const Contact& contact, VCardWriter::Version version = VCardWriter::Version::V4_0)
{
    return unfoldedLines(VCardWriter::cardBytes(contact, version));
}

Contact named(const QString& given, const QString& family)
{
    Contact c;
    c.given = given;
    c.family = family;
    return c;
}

} // namespace

class TestVCardWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldedLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << QStringLiteral("FN:Ada");
        QTest::newRow("exactly 75 octets") << (QStringLiteral("NOTE:") + QString(70, u'x'));
        QTest::newRow("76 octets") << (QStringLiteral("NOTE:") + QString(71, u'x'));
        QTest::newRow("long ASCII") << (QStringLiteral("NOTE:") + QString(400, u'a'));
        QTest::newRow("two-byte characters") << (QStringLiteral("NOTE:x") + QString(200, QChar(0x00E9)));
        QTest::newRow("three-byte characters") << (QStringLiteral("NOTE:") + QString(100, QChar(0x4E2D)));
        QTest::newRow("emoji (four bytes)")
            << (QStringLiteral("NOTE:ab") + QString::fromUtf8("\xF0\x9F\x98\x80").repeated(60));
        QTest::newRow("mixed scripts") << QString::fromUtf8("NOTE:Zoë Ωμέγα 東京 🎉 Привет ").repeated(8);
    }
    void foldedLine()
    {
        QFETCH(QString, line);
        const QByteArray folded = VCardWriter::foldedLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical[i];
            if (i + 1 < physical.size()) {
                QVERIFY2(part.endsWith('\r'), "every line ends in CRLF");
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0)
                QVERIFY(part.startsWith(' '));
            // No character is cut: every physical line is valid UTF-8 on its own.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder(part);
            QVERIFY2(!decoder.hasError(), part.constData());
            QVERIFY(!text.contains(QChar::ReplacementCharacter));
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), line);
    }

    void escapedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Ada"
                               << "Ada";
        QTest::newRow("comma and semicolon") << "a, b; c"
                                             << "a\\, b\\; c";
        QTest::newRow("backslash") << "C:\\temp"
                                   << "C:\\\\temp";
        QTest::newRow("LF") << "one\ntwo"
                            << "one\\ntwo";
        QTest::newRow("CRLF") << "one\r\ntwo"
                              << "one\\ntwo";
        QTest::newRow("lone CR") << "one\rtwo"
                                 << "one\\ntwo";
        QTest::newRow("colon is left alone") << "http://x"
                                             << "http://x";
    }
    void escapedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(VCardWriter::escapedText(text), escaped);
    }

    void structure()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        VCardWriter writer(&buffer);
        QVERIFY(writer.write(named(QStringLiteral("Ada"), QStringLiteral("Lovelace"))).ok());
        QVERIFY(writer.write(named(QStringLiteral("Alan"), QStringLiteral("Turing"))).ok());
        const QByteArray bytes = buffer.data();
        QCOMPARE(bytes.count("BEGIN:VCARD\r\nVERSION:4.0\r\n"), 2);
        QCOMPARE(bytes.count("END:VCARD\r\n"), 2);
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n")); // CRLF only
        QVERIFY(bytes.contains("\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"));
        QVERIFY(bytes.contains("\r\nFN:Alan Turing\r\n"));

        const QStringList v3 =
            linesOf(named(QStringLiteral("Ada"), QStringLiteral("Lovelace")), VCardWriter::Version::V3_0);
        QCOMPARE(v3.value(1), QStringLiteral("VERSION:3.0"));
        QVERIFY(v3.contains(QStringLiteral("N:Lovelace;Ada;;;")));
    }

    void nameAndText()
    {
        Contact c = named(QStringLiteral("Jean, Jr"), QStringLiteral("Smith;Jones"));
        c.displayName = QStringLiteral("J. S.");
        c.organization = QStringLiteral("Acme, Inc.");
        c.notes = QStringLiteral("line one\nline two \\ end");
        const QStringList lines = linesOf(c);
        QVERIFY(lines.contains(QStringLiteral("FN:J. S.")));
        QVERIFY(lines.contains(QStringLiteral("N:Smith\\;Jones;Jean\\, Jr;;;")));
        QVERIFY(lines.contains(QStringLiteral("ORG:Acme\\, Inc.")));
        QVERIFY(lines.contains(QStringLiteral("NOTE:line one\\nline two \\\\ end")));

        Contact company;
        company.organization = QStringLiteral("Acme");
        QVERIFY(linesOf(company).contains(QStringLiteral("FN:Acme"))); // FN is never empty when Kith shows a name
    }

    void labels_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no label") << "email"
                                  << "" << QStringList{"EMAIL:a@example.org"};
        QTest::newRow("work email") << "email"
                                    << "work" << QStringList{"EMAIL;TYPE=work:a@example.org"};
        QTest::newRow("mobile phone") << "phone"
                                      << "mobile" << QStringList{"TEL;TYPE=cell:a@example.org"};
        QTest::newRow("work fax") << "phone"
                                  << "work fax" << QStringList{"TEL;TYPE=work,fax:a@example.org"};
        QTest::newRow("home URL") << "url"
                                  << "home" << QStringList{"URL;TYPE=home:a@example.org"};
        QTest::newRow("custom email label")
            << "email"
            << "Best friend" << QStringList{"item1.EMAIL:a@example.org", "item1.X-ABLabel:Best friend"};
        QTest::newRow("fax is no email type")
            << "email"
            << "fax" << QStringList{"item1.EMAIL:a@example.org", "item1.X-ABLabel:fax"};
        QTest::newRow("capitalised label kept as written")
            << "phone"
            << "Home" << QStringList{"item1.TEL:a@example.org", "item1.X-ABLabel:Home"};
        QTest::newRow("noise word as a label")
            << "phone"
            << "voice" << QStringList{"item1.TEL:a@example.org", "item1.X-ABLabel:voice"};
        QTest::newRow("label with a comma")
            << "url"
            << "blog, old" << QStringList{"item1.URL:a@example.org", "item1.X-ABLabel:blog\\, old"};
        QTest::newRow("social service") << "social"
                                        << "twitter" << QStringList{"X-SOCIALPROFILE;TYPE=twitter:a@example.org"};
        QTest::newRow("social custom") << "social"
                                       << "My Blog"
                                       << QStringList{"item1.X-SOCIALPROFILE:a@example.org", "item1.X-ABLabel:My Blog"};
    }
    void labels()
    {
        QFETCH(QString, field);
        QFETCH(QString, label);
        QFETCH(QStringList, expected);
        Contact c = named(QStringLiteral("A"), QString());
        const LabeledValue value{label, QStringLiteral("a@example.org")};
        if (field == u"email")
            c.emails = {value};
        else if (field == u"phone")
            c.phones = {value};
        else if (field == u"url")
            c.urls = {value};
        else
            c.socialProfiles = {value};
        const QStringList lines = linesOf(c);
        const qsizetype first = lines.indexOf(expected.constFirst());
        QVERIFY2(first > 0, qPrintable(lines.join(u'|')));
        QCOMPARE(lines.mid(first, expected.size()), expected);
    }

    void groupsSkipThoseOfKeptProperties()
    {
        Contact c = named(QStringLiteral("A"), QString());
        c.emails = {{QStringLiteral("Old school"), QStringLiteral("a@example.org")}};
        c.vcardExtras = {QStringLiteral("item1.X-ABLabel:orphan"), QStringLiteral("ITEM2.X-FOO:bar")};
        const QStringList lines = linesOf(c);
        QVERIFY(lines.contains(QStringLiteral("item3.EMAIL:a@example.org")));
        QVERIFY(lines.contains(QStringLiteral("item3.X-ABLabel:Old school")));
        // Kept properties are written back as they are, at the end.
        QCOMPARE(lines.mid(lines.size() - 3), (QStringList{"item1.X-ABLabel:orphan", "ITEM2.X-FOO:bar", "END:VCARD"}));
    }

    void dates_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("birthday");
        QTest::addColumn<QString>("anniversary");
        const int v4 = int(VCardWriter::Version::V4_0);
        const int v3 = int(VCardWriter::Version::V3_0);
        QTest::newRow("4.0 with year") << v4 << 1985 << "BDAY:19850415"
                                       << "ANNIVERSARY:19850415";
        QTest::newRow("4.0 without year") << v4 << 0 << "BDAY:--0415"
                                          << "ANNIVERSARY:--0415";
        QTest::newRow("3.0 with year") << v3 << 1985 << "BDAY:1985-04-15"
                                       << "X-ANNIVERSARY:1985-04-15";
        QTest::newRow("3.0 without year") << v3 << 0 << "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15"
                                          << "X-ANNIVERSARY;X-APPLE-OMIT-YEAR=1604:1604-04-15";
    }
    void dates()
    {
        QFETCH(int, version);
        QFETCH(int, year);
        QFETCH(QString, birthday);
        QFETCH(QString, anniversary);
        Contact c = named(QStringLiteral("A"), QString());
        c.birthday = {year, 4, 15};
        c.anniversary = {year, 4, 15};
        const QStringList lines = linesOf(c, VCardWriter::Version(version));
        QVERIFY2(lines.contains(birthday), qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(anniversary));
    }

    void photo()
    {
        Contact c = named(QStringLiteral("A"), QString());
        c.photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'p');
        const QString base64 = QString::fromLatin1(c.photo.toBase64());
        QVERIFY(linesOf(c).contains(QStringLiteral("PHOTO:data:image/png;base64,") + base64));
        QVERIFY(linesOf(c, VCardWriter::Version::V3_0).contains(QStringLiteral("PHOTO;ENCODING=b;TYPE=PNG:") + base64));
    }

    void kithFields()
    {
        Contact c = named(QStringLiteral("A"), QString());
        c.circle = QStringLiteral("inner");
        c.cadenceDays = 21;
        c.priority = Priority::High;
        c.howMet = QStringLiteral("Conference; Berlin");
        c.whereMet = QStringLiteral("Berlin");
        c.tags = {QStringLiteral("Friends"), QStringLiteral("Rock, Paper")};
        const QStringList lines = linesOf(c);
        for (const char* expected :
             {"X-KITH-CIRCLE:inner", "X-KITH-CADENCE-DAYS:21", "X-KITH-PRIORITY:high",
              "X-KITH-HOW-MET:Conference\\; Berlin", "X-KITH-WHERE-MET:Berlin", "CATEGORIES:Friends,Rock\\, Paper"})
            QVERIFY2(lines.contains(QString::fromUtf8(expected)), expected);
    }

    // Found by fuzz_vcard: a lone CR in a decoded value ended the written line early.
    void keptLinesHaveNoRawLineBreaks()
    {
        VCardProperty property;
        property.name = QStringLiteral("X-A");
        property.value = QStringLiteral("a\rb\r\nc\nd");
        QCOMPARE(property.toContentLine(), QStringLiteral("X-A:a\\nb\\nc\\nd"));
    }

    void deviceFailureIsReported()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        VCardWriter writer(&buffer);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        const Status status = writer.write(named(QStringLiteral("Ada"), QString()));
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
