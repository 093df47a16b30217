#include "io/import/ImportFileReader.h"
#include "io/import/ImportPlanner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(KITH_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

struct ReadAll {
    QList<ImportRecord> records;
    QList<ImportIssue> issues;
};

ReadAll readAll(ImportFileReader& reader)
{
    ReadAll all;
    while (auto record = reader.next(all.issues))
        all.records.append(std::move(*record));
    return all;
}

} // namespace

// Telling files apart by content, refusing what is not a contact file, and reading each record with
// what Kith does not model kept as content lines.
class TestImportFileReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detection_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("format");
        QTest::newRow("vCard") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\n") << int(ImportFormat::VCard);
        QTest::newRow("vCard lower case after blank lines")
            << QByteArray("\r\n\r\nbegin:vcard\nversion:2.1\n") << int(ImportFormat::VCard);
        QTest::newRow("vCard with a UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                                              "BEGIN:VCARD\n")
                                                << int(ImportFormat::VCard);
        QTest::newRow("vCard missing BEGIN")
            << QByteArray("VERSION:3.0\nFN:Ada\nEND:VCARD\n") << int(ImportFormat::VCard);
        QTest::newRow("vCard named .csv, content wins")
            << QByteArray("BEGIN:VCARD\nFN:a,b,c\n") << int(ImportFormat::VCard);
        QTest::newRow("UTF-16LE vCard") << QByteArray("\xFF\xFE"
                                                      "B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0",
                                                      24)
                                        << int(ImportFormat::VCardUtf16LE);
        QTest::newRow("UTF-16BE vCard") << QByteArray("\xFE\xFF\0B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D", 24)
                                        << int(ImportFormat::VCardUtf16BE);
        QTest::newRow("UTF-16LE vCard without BOM")
            << QByteArray("B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0", 22) << int(ImportFormat::VCardUtf16LE);
        QTest::newRow("UTF-16LE CSV") << QByteArray("\xFF\xFE"
                                                    "N\0a\0m\0e\0,\0E\0",
                                                    14)
                                      << int(ImportFormat::Csv);
        QTest::newRow("CSV") << QByteArray("First Name,Last Name\nAda,Lovelace\n") << int(ImportFormat::Csv);
        QTest::newRow("CSV with ;") << QByteArray("Name;Email\n") << int(ImportFormat::Csv);
        QTest::newRow("CSV with quoted header") << QByteArray("\"Title\",\"First Name\"\r\n") << int(ImportFormat::Csv);
        QTest::newRow("prose") << QByteArray("Dear diary\nToday\n") << int(ImportFormat::Unknown);
        QTest::newRow("zeros") << QByteArray(4096, '\0') << int(ImportFormat::Unknown);
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(ImportFormat::Unknown);
    }

    void detection()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, format);
        QCOMPARE(int(ImportFileReader::detect(head)), format);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/contacts.vcf") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringLiteral(KITH_TEST_DATA_DIR) << QStringLiteral("is a folder");
        QTest::newRow("binary") << fixture("binary.vcf") << QStringLiteral("binary data");
        QTest::newRow("prose") << fixture("prose.txt") << QStringLiteral("neither a vCard");
    }

    void refusedFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        ImportFileReader reader(path);
        const Status opened = reader.open(ImportPlanner::maxFileBytes());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(reason), qPrintable(opened.error()));
    }

    void emptyAndHugeFiles()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.vcf"));
        QFile(empty).open(QIODevice::WriteOnly);
        ImportFileReader emptyReader(empty);
        Status opened = emptyReader.open(ImportPlanner::maxFileBytes());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("is empty")), qPrintable(opened.error()));

        // 2 GB, sparse: refused by its size before a byte is read.
        const QString huge = dir.filePath(QStringLiteral("huge.vcf"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024));
        file.close();
        ImportFileReader hugeReader(huge);
        opened = hugeReader.open(ImportPlanner::maxFileBytes());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("2.0 GB")) && opened.error().contains(QStringLiteral("Split")),
                 qPrintable(opened.error()));
        // Without the cap, its content (zeros) is refused just as quickly.
        ImportFileReader uncapped(huge);
        opened = uncapped.open(std::numeric_limits<qint64>::max());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("binary data")), qPrintable(opened.error()));
    }

    void vcardExtrasAreKept()
    {
        ImportFileReader reader(fixture("three-cards.vcf"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QCOMPARE(reader.format(), ImportFormat::VCard);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 3);
        const Contact& ada = all.records[0].contact;
        QCOMPARE(ada.uid, QStringLiteral("ada-1"));
        QCOMPARE(all.records[0].line, 1);
        QCOMPARE(all.records[1].line, 14);
        QVERIFY2(ada.vcardExtras.count(QStringLiteral("X-CUSTOM-THING:kept as is")) == 1,
                 qPrintable(ada.vcardExtras.join(u'|')));
        // The label of item2 went to the URL; the lone item1 label is kept.
        QCOMPARE(ada.urls.constFirst().label, QStringLiteral("blog"));
        QVERIFY(ada.vcardExtras.contains(QStringLiteral("item1.X-ABLABEL:_$!<Anniversary>!$_")));
        QCOMPARE(all.records[1].contact.notes, QStringLiteral("COBOL pioneer, admiral"));
        QVERIFY(all.issues.isEmpty());
    }

    void utf16VCards_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("little endian") << fixture("utf16le-bom.vcf") << int(ImportFormat::VCardUtf16LE);
        QTest::newRow("big endian") << fixture("utf16be-bom.vcf") << int(ImportFormat::VCardUtf16BE);
    }

    void utf16VCards()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        ImportFileReader reader(path);
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QCOMPARE(int(reader.format()), format);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records[0].contact.family, QStringLiteral(u"Dvořák"));
        QCOMPARE(all.records[0].contact.phones.constFirst().value, QStringLiteral("+420 224 812 345"));
        QCOMPARE(all.records[1].contact.given, QStringLiteral(u"Bjørnstjerne"));
        QCOMPARE(all.records[1].line, 8);
        QVERIFY(all.issues.isEmpty());
    }

    void invalidUtf8IsReadAsWindows1252()
    {
        ImportFileReader reader(fixture("latin1-undeclared.vcf"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 1);
        QCOMPARE(all.records[0].contact.family, QStringLiteral(u"Müller"));
        QVERIFY(!all.records[0].contact.effectiveName().contains(QChar::ReplacementCharacter));
    }

    void truncatedCardIsRecovered()
    {
        ImportFileReader reader(fixture("truncated.vcf"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records[1].contact.emails.constFirst().value, QStringLiteral("cut@example.com"));
        QCOMPARE(all.records[1].contact.notes, QStringLiteral("this note is cut in the middle of a fol"));
        QCOMPARE(all.issues.size(), 1);
        QCOMPARE(all.issues[0].line, 7);
        QVERIFY(!all.issues[0].lostRecord);
        QVERIFY2(all.issues[0].reason.contains(QStringLiteral("no END")), qPrintable(all.issues[0].reason));
    }

    void namelessCards()
    {
        ImportFileReader reader(fixture("nameless.vcf"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 3);
        // Only a phone: kept, shown by the number.
        QCOMPARE(all.records[1].contact.effectiveName(), QStringLiteral("+44 20 7946 0111"));
        QCOMPARE(all.issues.size(), 1);
        QCOMPARE(all.issues[0].line, 5);
        QVERIFY(all.issues[0].lostRecord);
        QVERIFY2(all.issues[0].reason.contains(QStringLiteral("no name")), qPrintable(all.issues[0].reason));
    }

    void raggedCsvRows()
    {
        ImportFileReader reader(fixture("ragged.csv"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QVERIFY(reader.isCsv());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 3);
        QCOMPARE(all.records[1].contact.emails.constFirst().value, QStringLiteral("grace@navy.example"));
        QCOMPARE(all.issues.size(), 2);
        QCOMPARE(all.issues[0].line, 3);
        QCOMPARE(all.issues[1].line, 4);
        for (const ImportIssue& issue : all.issues)
            QVERIFY(!issue.lostRecord);
    }

    void csvColumnsKithDoesNotMapAreKept()
    {
        ImportFileReader reader(fixture("google.csv"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QVERIFY(!reader.isGenericCsv());
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 1);
        const Contact& ada = all.records[0].contact;
        QCOMPARE(ada.emails.size(), 2);
        QCOMPARE(ada.notes, QStringLiteral("First programmer\nalso a poet"));
        QCOMPARE(ada.vcardExtras, QStringList({QStringLiteral("X-CUSTOM-FIELD-1-LABEL:Shoe size"),
                                               QStringLiteral("X-CUSTOM-FIELD-1-VALUE:38")}));
    }

    void guessedMappingReadsTheFirstRows()
    {
        // What kith-cli, and an import with no mapping remembered, use: the guess corrected by the cells.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Member,Contact,Reach me\r\nAda Lovelace,ada@example.com,+44 20 7946 0958\r\n");
        file.close();
        ImportFileReader reader(path);
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        using T = CsvColumnMapping::Target;
        QCOMPARE(reader.csvMapping().columns, QList<T>({T::DisplayName, T::Email, T::Phone}));
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 1);
        QCOMPARE(all.records[0].contact.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(all.records[0].contact.emails.constFirst().value, QStringLiteral("ada@example.com"));
        QCOMPARE(all.records[0].contact.phones.constFirst().value, QStringLiteral("+44 20 7946 0958"));
    }

    void genericCsvWithGuessedMapping()
    {
        ImportFileReader reader(fixture("generic-members.csv"));
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QVERIFY(reader.isGenericCsv());
        QVERIFY(ImportPlanner::needsColumnMapping(fixture("generic-members.csv")));
        QVERIFY(!ImportPlanner::needsColumnMapping(fixture("google.csv")));
        QVERIFY(!ImportPlanner::needsColumnMapping(fixture("three-cards.vcf")));
        CsvColumnMapping mapping = reader.csvMapping();
        using T = CsvColumnMapping::Target;
        QCOMPARE(mapping.columns, QList<T>({T::DisplayName, T::Email, T::Phone, T::City, T::Keep, T::Keep}));
        mapping.columns[0] = T::DisplayName;
        mapping.columns[5] = T::Ignore;
        reader.setCsvMapping(mapping);
        const ReadAll all = readAll(reader);
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records[1].contact.displayName, QStringLiteral("Hopper, Grace"));
        QCOMPARE(all.records[0].contact.addresses.constFirst().locality, QStringLiteral("London"));
        QCOMPARE(all.records[0].contact.vcardExtras, QStringList{QStringLiteral("X-FAVOURITE-COLOUR:green")});
        QCOMPARE(all.records[1].contact.vcardExtras, QStringList{QStringLiteral("X-FAVOURITE-COLOUR:blue\\; navy")});
    }
};

QTEST_GUILESS_MAIN(TestImportFileReader)
#include "tst_importfilereader.moc"
