#include "io/csv/CsvWriter.h"

#include "domain/Contact.h"
#include "io/csv/CsvMapper.h"
#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace kith;

namespace {

Contact ada()
{
    Contact c;
    c.uid = QStringLiteral("uid-ada");
    c.given = QStringLiteral("Ada");
    c.family = QStringLiteral("Lovelace");
    c.displayName = QStringLiteral("Countess of Lovelace");
    c.organization = QStringLiteral("Analytical Engines");
    c.title = QStringLiteral("Mathematician");
    c.emails = {{QStringLiteral("work"), QStringLiteral("ada@engines.example")},
                {QStringLiteral("home"), QStringLiteral("ada@home.example")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+44 7700 900001")}};
    c.addresses = {{QStringLiteral("home"),
                    {},
                    {},
                    QStringLiteral("12 St James's Square"),
                    QStringLiteral("London"),
                    {},
                    QStringLiteral("SW1Y 4JH"),
                    QStringLiteral("United Kingdom")}};
    c.urls = {{QStringLiteral("blog"), QStringLiteral("https://ada.example")}};
    c.socialProfiles = {{QStringLiteral("twitter"), QStringLiteral("@ada")}};
    c.birthday = {0, 12, 10};
    c.anniversary = {1835, 7, 8};
    c.tags = {QStringLiteral("Friends"), QStringLiteral("Maths")};
    c.notes = QStringLiteral("Met at the Royal Society,\n\"very\" sharp");
    c.circle = QStringLiteral("close");
    c.cadenceDays = 30;
    c.priority = Priority::High;
    c.howMet = QStringLiteral("Babbage's party");
    c.whereMet = QStringLiteral("London");
    return c;
}

QByteArray written(const QList<Contact>& contacts)
{
    CsvWriter::Layout layout;
    for (const Contact& c : contacts)
        layout.include(c);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, layout);
    if (!writer.writeHeader().ok())
        return {};
    for (const Contact& c : contacts) {
        if (!writer.write(c).ok())
            return {};
    }
    return buffer.data();
}

} // namespace

class TestCsvWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void record_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringList{"a", "b", ""} << QByteArray("a,b,\r\n");
        QTest::newRow("comma") << QStringList{"a,b"} << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote doubled") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("line break") << QStringList{"one\ntwo"} << QByteArray("\"one\ntwo\"\r\n");
        QTest::newRow("CR") << QStringList{"one\rtwo"} << QByteArray("\"one\rtwo\"\r\n");
        QTest::newRow("leading space") << QStringList{" x"} << QByteArray("\" x\"\r\n");
        QTest::newRow("UTF-8") << QStringList{QStringLiteral("Zoë 東京")} << QStringLiteral("Zoë 東京\r\n").toUtf8();
        QTest::newRow("formula =") << QStringList{"=HYPERLINK(\"x\")"} << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        QTest::newRow("formula +") << QStringList{"+44 20 7946 0000"} << QByteArray("'+44 20 7946 0000\r\n");
        QTest::newRow("formula -") << QStringList{"-2+3"} << QByteArray("'-2+3\r\n");
        QTest::newRow("formula @") << QStringList{"@SUM(A1)"} << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("tab") << QStringList{"\t=1"} << QByteArray("'\t=1\r\n");
        QTest::newRow("CR first") << QStringList{"\r=1"} << QByteArray("\"'\r=1\"\r\n");
        QTest::newRow("inside is fine") << QStringList{"a=b", "x-y"} << QByteArray("a=b,x-y\r\n");
    }
    void record()
    {
        QFETCH(QStringList, cells);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::record(cells), expected);
    }

    void headerGrowsWithTheFullestContact()
    {
        Contact many = ada();
        many.emails.append({QStringLiteral("other"), QStringLiteral("third@example.org")});
        CsvWriter::Layout layout;
        layout.include(ada());
        layout.include(many);
        QCOMPARE(layout.emails, 3);
        QCOMPARE(layout.phones, 1);
        const QStringList header = CsvWriter::header(layout);
        QVERIFY(header.contains(QStringLiteral("E-mail 3 - Value")));
        QVERIFY(!header.contains(QStringLiteral("E-mail 4 - Value")));
        QCOMPARE(CsvWriter::cells(ada(), layout).size(), header.size());
        QCOMPARE(CsvWriter::cells(Contact(), CsvWriter::Layout()).size(), CsvWriter::header({}).size());
    }

    void fileStartsWithBomAndHeader()
    {
        const QByteArray bytes = written({ada()});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFName,First Name,Middle Name,Last Name,"));
        QCOMPARE(bytes.count("\r\n"), 2); // the note's own line break is inside its quotes
    }

    // Kith's own import reads the file back as a Google Contacts export, with every Google field intact.
    void readsBackAsGoogleContacts()
    {
        Contact second;
        second.given = QStringLiteral("Alan");
        second.family = QStringLiteral("Turing");
        second.phones = {{QStringLiteral("work"), QStringLiteral("-1")}, {QStringLiteral("home"), QStringLiteral("2")}};
        QBuffer buffer;
        buffer.setData(written({ada(), second}));
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        const CsvProfile profile = CsvProfileDetector::detect(reader.header());
        QCOMPARE(profile.kind, CsvProfile::Kind::GoogleCurrent);
        const CsvMapper mapper(profile);
        QList<Contact> contacts;
        while (auto row = reader.next())
            contacts.append(mapper.map(*row).contact);
        QVERIFY(reader.errors().isEmpty());
        QCOMPARE(contacts.size(), 2);
        const Contact& a = contacts[0];
        const Contact expected = ada();
        QCOMPARE(a.given, expected.given);
        QCOMPARE(a.family, expected.family);
        QCOMPARE(a.displayName, expected.displayName);
        QCOMPARE(a.organization, expected.organization);
        QCOMPARE(a.title, expected.title);
        QCOMPARE(a.emails, expected.emails);
        QCOMPARE(a.phones.size(), 1);
        QCOMPARE(a.phones[0].label, QStringLiteral("mobile"));
        QCOMPARE(a.phones[0].value, expected.phones[0].value); // written "'+44 ...", harmless for spreadsheets
        QCOMPARE(a.addresses.value(0).street, expected.addresses[0].street);
        QCOMPARE(a.addresses.value(0).postalCode, expected.addresses[0].postalCode);
        QCOMPARE(a.birthday, expected.birthday);
        QCOMPARE(a.tags, expected.tags);
        QCOMPARE(a.notes, expected.notes);
        QCOMPARE(contacts[1].phones, second.phones);
        QCOMPARE(contacts[1].effectiveName(), QStringLiteral("Alan Turing"));
    }

    void kithColumns()
    {
        const CsvWriter::Layout layout;
        const QStringList header = CsvWriter::header(layout);
        const QStringList cells = CsvWriter::cells(ada(), layout);
        const auto cell = [&](const char* column) {
            return cells.value(header.indexOf(QLatin1String(column)));
        };
        QCOMPARE(cell("Circle"), QStringLiteral("close"));
        QCOMPARE(cell("Cadence Days"), QStringLiteral("30"));
        QCOMPARE(cell("Priority"), QStringLiteral("high"));
        QCOMPARE(cell("How Met"), QStringLiteral("Babbage's party"));
        QCOMPARE(cell("Anniversary"), QStringLiteral("1835-07-08"));
        QCOMPARE(cell("Birthday"), QStringLiteral("--12-10"));
        QCOMPARE(cell("Labels"), QStringLiteral("Friends ::: Maths"));
        QCOMPARE(cell("Social Profile 1 - Label"), QStringLiteral("twitter"));
        QCOMPARE(cell("UID"), QStringLiteral("uid-ada"));
    }

    void deviceFailureIsReported()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(&buffer, {});
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!writer.writeHeader().ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
