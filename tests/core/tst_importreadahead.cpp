#include "io/import/ImportFileReader.h"
#include "io/import/ImportPlanner.h"
#include "io/import/ImportReadAhead.h"
#include "phone/PhoneNumbers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

// Reading ahead on a second thread hands out exactly what the reader gives, in the same order, and stops
// without reading the rest when the planner stops early.
class TestImportReadAhead final : public QObject {
    Q_OBJECT

    // 1,500 cards (several read-ahead batches), every 97th truncated by a stray BEGIN, some with phones.
    static QString writeCards(const QTemporaryDir& dir)
    {
        QByteArray cards;
        for (int i = 0; i < 1500; ++i) {
            cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + QByteArray::number(i) + "\r\n";
            if (i % 3 == 0)
                cards += "TEL:020 7946 " + QByteArray::number(1000 + i) + "\r\n";
            if (i % 97 == 0)
                cards += "BEGIN:VCARD\r\n"; // the card before is never ended: a warning, and it is still read
            cards += "END:VCARD\r\n";
        }
        const QString path = dir.filePath(QStringLiteral("cards.vcf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(cards) != cards.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void sameRecordsIssuesAndOrder()
    {
        QTemporaryDir dir;
        const QString path = writeCards(dir);
        QVERIFY(!path.isEmpty());
        const PhoneNumbers phones(QStringLiteral("GB"));

        ImportFileReader direct(path);
        QVERIFY(direct.open(ImportPlanner::maxFileBytes()).ok());
        QList<ImportIssue> directIssues;
        QList<ImportRecord> directRecords;
        while (auto record = direct.next(directIssues))
            directRecords.append(std::move(*record));

        ImportFileReader reader(path);
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QList<ImportIssue> issues;
        QList<ImportRecord> records;
        QStringList keys;
        int withPhone = 0;
        qint64 lastPosition = 0;
        {
            ImportReadAhead ahead(reader, phones);
            while (auto record = ahead.next(issues, keys)) {
                QVERIFY(ahead.position() >= lastPosition);
                lastPosition = ahead.position();
                QCOMPARE(keys.size(), record->contact.phones.size());
                for (qsizetype i = 0; i < keys.size(); ++i)
                    QCOMPARE(keys[i], phones.toE164Exact(record->contact.phones[i].value));
                withPhone += keys.isEmpty() ? 0 : 1;
                records.append(std::move(*record));
            }
            QVERIFY(!ahead.next(issues, keys)); // the end stays the end
        }
        QCOMPARE(records.size(), directRecords.size());
        QVERIFY(records.size() >= 1500);
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].line, directRecords[i].line);
            QCOMPARE(records[i].contact.displayName, directRecords[i].contact.displayName);
            QCOMPARE(records[i].warnings, directRecords[i].warnings);
        }
        QCOMPARE(issues, directIssues);
        const bool warned =
            std::any_of(records.cbegin(), records.cend(), [](const ImportRecord& r) { return !r.warnings.isEmpty(); });
        QVERIFY2(warned || !issues.isEmpty(), "the unended cards are reported");
        QCOMPARE(withPhone, 500);
        QCOMPARE(lastPosition, QFileInfo(path).size());
    }

    void stopsEarly()
    {
        QTemporaryDir dir;
        const QString path = writeCards(dir);
        const PhoneNumbers phones(QStringLiteral("GB"));
        ImportFileReader reader(path);
        QVERIFY(reader.open(ImportPlanner::maxFileBytes()).ok());
        QList<ImportIssue> issues;
        QStringList keys;
        {
            ImportReadAhead ahead(reader, phones);
            for (int i = 0; i < 10; ++i)
                QVERIFY(ahead.next(issues, keys));
        } // waits for the reading thread, which stops within a batch or two
        QVERIFY(reader.position() < QFileInfo(path).size());
    }
};

QTEST_GUILESS_MAIN(TestImportReadAhead)
#include "tst_importreadahead.moc"
