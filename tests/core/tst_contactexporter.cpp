#include "io/ContactExporter.h"

#include "TestDatabase.h"
#include "io/vcard/VCardMapper.h"
#include "io/vcard/VCardReader.h"
#include "storage/ContactStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

namespace {

Contact person(int i, const QStringList& tags = {})
{
    Contact c;
    c.given = QStringLiteral("Person");
    c.family = QStringLiteral("N%1").arg(i, 5, 10, QLatin1Char('0'));
    c.emails = {{QStringLiteral("work"), QStringLiteral("p%1@example.org").arg(i)}};
    c.tags = tags;
    return c;
}

QList<Contact> readVCards(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    VCardReader reader(&file);
    const VCardMapper mapper;
    QList<Contact> contacts;
    while (auto card = reader.next())
        contacts.append(mapper.map(*card).contact);
    return contacts;
}

} // namespace

class TestContactExporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_store = std::make_unique<ContactStore>(m_db->database(), m_db->clock());
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    // More than one page, and the stored contacts come back field for field.
    void allAsVCardInPages_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("vCard 4.0") << int(ContactExporter::Format::VCard40);
        QTest::newRow("vCard 3.0") << int(ContactExporter::Format::VCard30);
    }
    void allAsVCardInPages()
    {
        QFETCH(int, format);
        QList<Contact> contacts;
        for (int i = 0; i < 1234; ++i)
            contacts.append(person(i, i % 3 == 0 ? QStringList{QStringLiteral("Team")} : QStringList{}));
        const auto ids = m_store->addMany(contacts);
        QVERIFY(ids.ok());
        QVERIFY(m_store->moveToTrash({ids->at(5)}).ok());

        ContactExporter exporter(*m_store);
        QSignalSpy progress(&exporter, &ContactExporter::progress);
        const QString path = m_dir.filePath(QStringLiteral("all.vcf"));
        const auto written = exporter.exportTo(path, ContactExporter::Format(format), ContactExporter::Scope::all());
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(*written, 1233); // not the one in the Trash
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 1233);
        QCOMPARE(progress.last().at(1).toInt(), 1233);

        const QList<Contact> read = readVCards(path);
        QCOMPARE(read.size(), 1233);
        const auto stored = m_store->get(ids->at(0));
        QVERIFY(stored.ok());
        Contact first = read.constFirst();
        first.id = stored->id;
        first.createdAt = stored->createdAt;
        first.updatedAt = stored->updatedAt;
        QCOMPARE(first, *stored);
    }

    void selectionAndTag()
    {
        const auto ids = m_store->addMany({person(1, {QStringLiteral("Family")}), person(2),
                                           person(3, {QStringLiteral("family"), QStringLiteral("Work")})});
        QVERIFY(ids.ok());
        ContactExporter exporter(*m_store);
        const QString path = m_dir.filePath(QStringLiteral("some.vcf"));
        auto written = exporter.exportTo(path, ContactExporter::Format::VCard40,
                                         ContactExporter::Scope::selection({ids->at(2), ids->at(1)}));
        QCOMPARE(*written, 2);
        QList<Contact> read = readVCards(path);
        QCOMPARE(read.value(0).family, QStringLiteral("N00003")); // in the order given
        QCOMPARE(read.value(1).family, QStringLiteral("N00002"));

        written = exporter.exportTo(path, ContactExporter::Format::VCard40, ContactExporter::Scope::withTag("FAMILY"));
        QCOMPARE(*written, 2);
        read = readVCards(path);
        QCOMPARE(read.value(0).family, QStringLiteral("N00001"));
        QCOMPARE(read.value(1).family, QStringLiteral("N00003"));
    }

    void csv()
    {
        Contact many = person(1);
        many.emails.append({QStringLiteral("home"), QStringLiteral("home@example.org")});
        QVERIFY(m_store->addMany({person(0), many}).ok());
        ContactExporter exporter(*m_store);
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QCOMPARE(*exporter.exportTo(path, ContactExporter::Format::Csv, ContactExporter::Scope::all()), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4);                      // header, two rows, and the empty piece after the last CRLF
        QVERIFY(lines[0].contains("E-mail 2 - Value")); // the second contact's second email has a group
        QVERIFY(!lines[0].contains("E-mail 3 - Value"));
        QVERIFY(lines[2].contains("home@example.org"));
    }

    // Nothing half-written: a cancelled or empty export leaves the existing file as it was.
    void failuresLeaveTheFileAlone()
    {
        QList<Contact> contacts;
        for (int i = 0; i < 1200; ++i)
            contacts.append(person(i));
        QVERIFY(m_store->addMany(contacts).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.vcf"));
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("old contents");
        }
        ContactExporter exporter(*m_store);
        const QMetaObject::Connection cancelling =
            connect(&exporter, &ContactExporter::progress, &exporter, [&exporter](int done, int) {
                if (done >= ContactExporter::pageSize())
                    exporter.cancel();
            });
        auto written = exporter.exportTo(path, ContactExporter::Format::VCard40, ContactExporter::Scope::all());
        QVERIFY(!written.ok());
        QVERIFY(written.error().contains(u"cancelled"));
        disconnect(cancelling);

        written = exporter.exportTo(path, ContactExporter::Format::Csv, ContactExporter::Scope::withTag("Nobody"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error(), QStringLiteral("No contact has the tag \"Nobody\"."));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.vcf")});

        written = exporter.exportTo(dir.filePath(QStringLiteral("missing/folder/x.vcf")),
                                    ContactExporter::Format::VCard40, ContactExporter::Scope::all());
        QVERIFY(!written.ok());
        QVERIFY2(written.error().startsWith(u"Cannot write "), qPrintable(written.error()));
    }

    void formatKeys()
    {
        QCOMPARE(ContactExporter::formatFromKey(QStringLiteral("vcard")), ContactExporter::Format::VCard40);
        QCOMPARE(ContactExporter::formatFromKey(QStringLiteral("VCARD3")), ContactExporter::Format::VCard30);
        QCOMPARE(ContactExporter::formatFromKey(QStringLiteral("csv")), ContactExporter::Format::Csv);
        QVERIFY(!ContactExporter::formatFromKey(QStringLiteral("ics")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ContactStore> m_store;
};

QTEST_GUILESS_MAIN(TestContactExporter)
#include "tst_contactexporter.moc"
