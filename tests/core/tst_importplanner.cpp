#include "TestDatabase.h"

#include "io/import/ImportApplier.h"
#include "io/import/ImportPlanner.h"
#include "storage/ContactStore.h"
#include "storage/CsvMappingStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(KITH_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportOptions ukOptions()
{
    ImportOptions options;
    options.defaultRegion = QStringLiteral("GB");
    return options;
}

Contact person(const QString& given, const QString& family)
{
    Contact c;
    c.given = given;
    c.family = family;
    return c;
}

} // namespace

// Planning an import: new, merge into whom and why, duplicates inside the files, problems per record, and
// the conflicting single values a merge would keep.
class TestImportPlanner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newFileIntoEmptyDatabase()
    {
        TestDatabase t;
        ImportPlanner planner(t.database(), ukOptions());
        auto plan = planner.plan({fixture("three-cards.vcf")});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->records.size(), 3);
        QCOMPARE(plan->count(ImportAction::Add), 2);
        QCOMPARE(plan->count(ImportAction::Merge), 1);
        QCOMPARE(plan->duplicates(), 1);
        QCOMPARE(plan->failed(), 0);
        QCOMPARE(plan->defaultRegion, QStringLiteral("GB"));
        // The third card is Ada again (her email in other case): merged into what the first one adds.
        const PlannedImport& again = plan->records[2];
        QCOMPARE(again.duplicateOf, 0);
        QCOMPARE(again.proposed, ImportAction::Merge);
        QCOMPARE(again.existingId, 0);
        QCOMPARE(again.existingName, QStringLiteral("Ada Lovelace"));
        QVERIFY2(again.matchReason.contains(QStringLiteral("same email ADA@example.com")) &&
                     again.matchReason.contains(QStringLiteral("line 1")),
                 qPrintable(again.matchReason));
        QVERIFY(again.conflicts.isEmpty());
    }

    void matchesExistingContacts_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("matches");
        QTest::newRow("by UID") << QByteArray("UID:urn:uuid:grace\r\nFN:G. Hopper\r\n") << QStringLiteral("same UID")
                                << true;
        QTest::newRow("by email, any case") << QByteArray("FN:Amazing Grace\r\nEMAIL:GRACE@Navy.example\r\n")
                                            << QStringLiteral("same email GRACE@Navy.example") << true;
        QTest::newRow("by phone, written otherwise") << QByteArray("FN:Someone\r\nTEL:+44 (0)20 7946-0958\r\n")
                                                     << QStringLiteral("same phone +44 20 7946 0958") << true;
        QTest::newRow("by phone, national")
            << QByteArray("FN:Someone\r\nTEL:02079460958\r\n") << QStringLiteral("same phone +44 20 7946 0958") << true;
        QTest::newRow("by name and organisation") << QByteArray("N:Hopper;Grace;;;\r\nORG:US NAVY\r\n")
                                                  << QStringLiteral("same name and organization") << true;
        QTest::newRow("by name, diacritics and order aside, and birthday")
            << QByteArray("FN:Hópper\\, Grace\r\nBDAY:1906-12-09\r\n") << QStringLiteral("same name and birthday")
            << true;
        QTest::newRow("by name and city") << QByteArray("N:Hopper;Grace;;;\r\nADR:;;;Arlington;;;\r\n")
                                          << QStringLiteral("same name and city") << true;
        QTest::newRow("name alone is not enough")
            << QByteArray("N:Hopper;Grace;;;\r\nORG:Yale\r\n") << QString() << false;
        QTest::newRow("nothing in common")
            << QByteArray("FN:Ada Lovelace\r\nEMAIL:ada@example.com\r\n") << QString() << false;
    }

    void matchesExistingContacts()
    {
        QFETCH(QByteArray, card);
        QFETCH(QString, reason);
        QFETCH(bool, matches);
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        store.setPhoneRegion(QStringLiteral("GB"));
        Contact grace = person(QStringLiteral("Grace"), QStringLiteral("Hopper"));
        grace.uid = QStringLiteral("urn:uuid:grace");
        grace.organization = QStringLiteral("US Navy");
        grace.emails = {{QStringLiteral("work"), QStringLiteral("grace@navy.example")}};
        grace.phones = {{QStringLiteral("work"), QStringLiteral("020 7946 0958")}};
        grace.birthday = {1906, 12, 9};
        grace.addresses = {{QStringLiteral("home"), {}, {}, {}, QStringLiteral("Arlington"), {}, {}, {}}};
        const qint64 id = store.add(grace).value();
        store.add(person(QStringLiteral("Grace"), QStringLiteral("Kelly"))).value();

        QTemporaryDir dir;
        const QString file =
            writeFile(dir, QStringLiteral("one.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\n" + card + "END:VCARD\r\n");
        ImportPlanner planner(t.database(), ukOptions());
        auto plan = planner.plan({file});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->records.size(), 1);
        const PlannedImport& p = plan->records[0];
        QCOMPARE(p.matchReason, reason);
        QCOMPARE(p.proposed, matches ? ImportAction::Merge : ImportAction::Add);
        QCOMPARE(p.action, p.proposed);
        QCOMPARE(p.existingId, matches ? id : 0);
        QCOMPARE(p.existingName, matches ? QStringLiteral("Grace Hopper") : QString());
    }

    void conflictsOfAMerge()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact grace = person(QStringLiteral("Grace"), QStringLiteral("Hopper"));
        grace.emails = {{{}, QStringLiteral("grace@navy.example")}};
        grace.birthday = {1906, 12, 9};
        grace.title = QStringLiteral("Rear Admiral");
        store.add(grace).value();
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, QStringLiteral("g.vcf"),
                      "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Hopper;Grace;Brewster;;\r\nEMAIL:grace@navy.example\r\n"
                      "BDAY:--1209\r\nTITLE:rear admiral\r\nORG:Harvard\r\nNICKNAME:Amazing Grace\r\nEND:VCARD\r\n");
        auto plan = ImportPlanner(t.database(), ukOptions()).plan({file});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const PlannedImport& p = plan->records.constFirst();
        QCOMPARE(p.proposed, ImportAction::Merge);
        // The title differs only in case: no conflict. Organisation and nickname are new: no conflict.
        QCOMPARE(p.conflicts,
                 QList<FieldConflict>(
                     {{QStringLiteral("Name"), QStringLiteral("Grace Hopper"), QStringLiteral("Grace Brewster Hopper")},
                      {QStringLiteral("Birthday"), QStringLiteral("1906-12-09"), QStringLiteral("--12-09")}}));
    }

    void trashedContactsAreNotMergedInto()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact ada = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        ada.uid = QStringLiteral("ada-1");
        ada.emails = {{{}, QStringLiteral("ada@example.com")}};
        const qint64 id = store.add(ada).value();
        QVERIFY(store.moveToTrash({id}).ok());
        auto plan = ImportPlanner(t.database(), ukOptions()).plan({fixture("three-cards.vcf")});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const PlannedImport& first = plan->records.constFirst();
        QCOMPARE(first.proposed, ImportAction::Add);
        QVERIFY(first.record.contact.uid.isEmpty());
        QVERIFY(first.record.warnings.constLast().contains(QStringLiteral("Trash")));
    }

    // Kith's own X-KITH-CIRCLE, hand-edited to a circle this database lacks: a warning and no circle,
    // and the file still imports (it used to fail the whole import on a foreign key).
    void unknownCircleIsDroppedWithAWarning()
    {
        TestDatabase t;
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, QStringLiteral("circle.vcf"),
                      "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Test;Ada;;;\r\nX-KITH-CIRCLE:bogus\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Test;Bob;;;\r\nX-KITH-CIRCLE:close\r\nEND:VCARD\r\n");
        auto plan = ImportPlanner(t.database(), ukOptions()).plan({file});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->records.size(), 2);
        const ImportRecord& ada = plan->records[0].record;
        QVERIFY(ada.contact.circle.isEmpty());
        QVERIFY2(ada.warnings.constLast().contains(QStringLiteral("no circle \"bogus\"")),
                 qPrintable(ada.warnings.join(u'|')));
        QCOMPARE(plan->records[1].record.contact.circle, QStringLiteral("close"));
        auto applied = ImportApplier(t.database(), t.clock()).apply(*plan);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->added, 2);
    }

    void badFilesBecomeIssuesAndTheRestIsPlanned()
    {
        TestDatabase t;
        QTemporaryDir dir;
        const QString empty = writeFile(dir, QStringLiteral("empty.vcf"), {});
        const QString huge = dir.filePath(QStringLiteral("huge.vcf"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(2) << 30));
        file.close();
        const QStringList files{empty, fixture("binary.vcf"), huge, fixture("truncated.vcf"), fixture("nameless.vcf")};
        auto plan = ImportPlanner(t.database(), ukOptions()).plan(files);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->records.size(), 5); // 2 from truncated.vcf, 3 from nameless.vcf
        QCOMPARE(plan->failed(), 4);       // three files and one nameless card
        QCOMPARE(plan->issues.size(), 5);  // and the card without END, recovered
        QCOMPARE(plan->issues[0].file, empty);
        QCOMPARE(plan->issues[0].line, 0);
        QVERIFY(plan->issues[0].reason.contains(QStringLiteral("empty")));
        QVERIFY(plan->issues[1].reason.contains(QStringLiteral("binary")));
        QVERIFY(plan->issues[2].reason.contains(QStringLiteral("2.0 GB")));
        QCOMPARE(plan->issues[3].file, fixture("truncated.vcf"));
        QVERIFY(!plan->issues[3].lostRecord);
        QCOMPARE(plan->issues[4].line, 5);
    }

    void genericCsvMappingIsRememberedPerHeader()
    {
        TestDatabase t;
        using T = CsvColumnMapping::Target;
        const QString csv = fixture("generic-members.csv");
        auto guessed = ImportPlanner(t.database(), ukOptions()).plan({csv});
        QVERIFY2(guessed.ok(), qPrintable(guessed.error()));
        QCOMPARE(guessed->records.size(), 2);
        // "Member" is no name column the guess knows by its name; its cells are names, so it is read as one.
        QCOMPARE(guessed->records[0].record.contact.effectiveName(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(guessed->csvMappings.size(), 1);

        CsvColumnMapping chosen = guessed->csvMappings.first();
        chosen.columns[0] = T::DisplayName;
        chosen.columns[5] = T::Ignore;
        ImportOptions options = ukOptions();
        options.csvMappings.insert(guessed->csvMappings.firstKey(), chosen);
        auto mapped = ImportPlanner(t.database(), options).plan({csv});
        QVERIFY2(mapped.ok(), qPrintable(mapped.error()));
        QCOMPARE(mapped->records[0].record.contact.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(mapped->csvMappings.first(), chosen);

        // Once remembered, the next plan of a file with that header uses it without being told.
        CsvMappingStore mappings(t.database());
        const QStringList header{QStringLiteral("Member"),           QStringLiteral("E-Mail"),
                                 QStringLiteral("Mobile"),           QStringLiteral("Town"),
                                 QStringLiteral("Favourite colour"), QStringLiteral("Internal code")};
        QVERIFY(mappings.remember(header, chosen, t.clock().now()).ok());
        QCOMPARE(mappings.find(header).value(), std::optional<CsvColumnMapping>(chosen));
        auto remembered = ImportPlanner(t.database(), ukOptions()).plan({csv});
        QVERIFY2(remembered.ok(), qPrintable(remembered.error()));
        QCOMPARE(remembered->records[1].record.contact.displayName, QStringLiteral("Hopper, Grace"));
        QVERIFY(
            remembered->records[1].record.contact.vcardExtras.constFirst().startsWith(QStringLiteral("X-FAVOURITE")));
        QCOMPARE(remembered->records[1].record.contact.vcardExtras.size(), 1); // Internal code ignored
    }

    // Several generic CSV files in one import: each is read with the mapping chosen for its own header (files
    // with the same header share one), a header nobody chose for uses the one remembered for it, and applying
    // the plan remembers each mapping for its header.
    void genericCsvFilesAreEachReadWithTheirOwnMapping()
    {
        TestDatabase t;
        using T = CsvColumnMapping::Target;
        QTemporaryDir dir;
        const QString club = writeFile(dir, QStringLiteral("club.csv"),
                                       "Member,Contact,Town\r\n"
                                       "Ada Lovelace,ada@example.com,London\r\n"
                                       "Grace Hopper,grace@navy.example,Arlington\r\n");
        const QString workshop = writeFile(dir, QStringLiteral("workshop.csv"),
                                           "Mobile,Person,Employer,Badge\r\n"
                                           "+44 20 7946 0958,Alan Turing,Bletchley Park,17\r\n"
                                           "+44 161 496 0000,Joan Clarke,GCHQ,18\r\n");
        // The club's columns again, written differently: the same header signature.
        const QString autumn = writeFile(dir, QStringLiteral("club-autumn.csv"),
                                         " member ,CONTACT,town\r\n"
                                         "Edsger Dijkstra,edsger@example.com,Austin\r\n");
        const QString choir = writeFile(dir, QStringLiteral("choir.csv"),
                                        "Voice,Singer,Reach me at\r\n"
                                        "alto,Barbara Liskov,barbara@example.com\r\n");

        const QStringList clubHeader{QStringLiteral("Member"), QStringLiteral("Contact"), QStringLiteral("Town")};
        const QStringList workshopHeader{QStringLiteral("Mobile"), QStringLiteral("Person"), QStringLiteral("Employer"),
                                         QStringLiteral("Badge")};
        const QStringList choirHeader{QStringLiteral("Voice"), QStringLiteral("Singer"), QStringLiteral("Reach me at")};
        const CsvColumnMapping clubMapping{{T::DisplayName, T::Email, T::City}};
        const CsvColumnMapping workshopMapping{{T::Phone, T::DisplayName, T::Organization, T::Ignore}};
        const CsvColumnMapping choirMapping{{T::Ignore, T::DisplayName, T::Email}};
        // Otherwise the test would not tell a chosen mapping from the guess.
        QVERIFY(CsvColumnMapping::guess(clubHeader) != clubMapping);
        QVERIFY(CsvColumnMapping::guess(workshopHeader) != workshopMapping);
        QVERIFY(CsvColumnMapping::guess(choirHeader) != choirMapping);
        QVERIFY(CsvMappingStore(t.database()).remember(choirHeader, choirMapping, t.clock().now()).ok());

        ImportOptions options = ukOptions();
        options.csvMappings.insert(CsvColumnMapping::headerSignature(clubHeader), clubMapping);
        options.csvMappings.insert(CsvColumnMapping::headerSignature(workshopHeader), workshopMapping);
        auto plan = ImportPlanner(t.database(), options).plan({club, workshop, autumn, choir});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->issues.isEmpty());
        QCOMPARE(plan->records.size(), 6);

        struct Expected {
            QString file;
            QString name;
            QString email;
            QString phone;
            QString organization;
            QString city;
        };
        const QList<Expected> expected{
            {club, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), {}, {}, QStringLiteral("London")},
            {club,
             QStringLiteral("Grace Hopper"),
             QStringLiteral("grace@navy.example"),
             {},
             {},
             QStringLiteral("Arlington")},
            {workshop,
             QStringLiteral("Alan Turing"),
             {},
             QStringLiteral("+44 20 7946 0958"),
             QStringLiteral("Bletchley Park"),
             {}},
            {workshop,
             QStringLiteral("Joan Clarke"),
             {},
             QStringLiteral("+44 161 496 0000"),
             QStringLiteral("GCHQ"),
             {}},
            {autumn,
             QStringLiteral("Edsger Dijkstra"),
             QStringLiteral("edsger@example.com"),
             {},
             {},
             QStringLiteral("Austin")},
            {choir, QStringLiteral("Barbara Liskov"), QStringLiteral("barbara@example.com"), {}, {}, {}},
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ImportRecord& record = plan->records[i].record;
            const Contact& c = record.contact;
            const Expected& e = expected[i];
            QCOMPARE(record.file, e.file);
            QCOMPARE(c.displayName, e.name);
            QCOMPARE(c.emails.isEmpty() ? QString() : c.emails.constFirst().value, e.email);
            QCOMPARE(c.emails.size(), e.email.isEmpty() ? 0 : 1);
            QCOMPARE(c.phones.isEmpty() ? QString() : c.phones.constFirst().value, e.phone);
            QCOMPARE(c.phones.size(), e.phone.isEmpty() ? 0 : 1);
            QCOMPARE(c.organization, e.organization);
            QCOMPARE(c.addresses.isEmpty() ? QString() : c.addresses.constFirst().locality, e.city);
            // Every column was mapped or ignored: nothing of one file's columns is kept under another's names.
            QVERIFY2(c.vcardExtras.isEmpty(), qPrintable(c.vcardExtras.join(QLatin1Char('\n'))));
        }

        // One mapping per header, and each is remembered for its header when the plan is applied.
        QCOMPARE(plan->csvMappings.size(), 3);
        QCOMPARE(plan->csvMappings.value(CsvColumnMapping::headerSignature(clubHeader)), clubMapping);
        QCOMPARE(plan->csvMappings.value(CsvColumnMapping::headerSignature(workshopHeader)), workshopMapping);
        QCOMPARE(plan->csvMappings.value(CsvColumnMapping::headerSignature(choirHeader)), choirMapping);
        QVERIFY(ImportApplier(t.database(), t.clock()).apply(*plan).ok());
        CsvMappingStore mappings(t.database());
        QCOMPARE(mappings.find(clubHeader).value(), std::optional(clubMapping));
        QCOMPARE(mappings.find(workshopHeader).value(), std::optional(workshopMapping));
        QCOMPARE(mappings.find(choirHeader).value(), std::optional(choirMapping));

        // A mapping chosen for a header must fit it: one of another width is not applied (the remembered one is).
        ImportOptions narrow = ukOptions();
        narrow.csvMappings.insert(CsvColumnMapping::headerSignature(workshopHeader), clubMapping);
        auto again = ImportPlanner(t.database(), narrow).plan({workshop});
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->records[0].record.contact.displayName, QStringLiteral("Alan Turing"));
        QCOMPARE(again->csvMappings.first(), workshopMapping);
    }

    void progressAndCancel()
    {
        TestDatabase t;
        QTemporaryDir dir;
        QByteArray cards;
        for (int i = 0; i < 2000; ++i)
            cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + QByteArray::number(i) + "\r\nEND:VCARD\r\n";
        const QString file = writeFile(dir, QStringLiteral("many.vcf"), cards);
        QList<qint64> seen;
        auto plan = ImportPlanner(t.database(), ukOptions()).plan({file}, [&](qint64 done, qint64 total) {
            seen.append(done);
            return total == cards.size();
        });
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->records.size(), 2000);
        QVERIFY(seen.size() > 3);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.constLast(), qint64(cards.size()));

        int calls = 0;
        auto cancelled =
            ImportPlanner(t.database(), ukOptions()).plan({file}, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")), qPrintable(cancelled.error()));
    }
};

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "tst_importplanner.moc"
