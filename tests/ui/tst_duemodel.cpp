#include "domain/ManualClock.h"
#include "reminders/DueModel.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kith;

// The due list over core's DueCalculator: who, what, when, why, most overdue first.
class TestDueModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms, as the application loads them.
        QVERIFY(m_english.load(QStringLiteral("kith_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init();
    void cleanup();

    void listsDueThisWeekMostOverdueFirst();
    void interactionTakesCadenceItemOut();
    void endOfWeek();

private:
    qint64 addContact(const QString& given, const QString& family, const QString& circle, int daysSinceTouch);

    QTranslator m_english;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<InteractionStore> m_interactions;
    std::unique_ptr<ReminderStore> m_reminders;
};

void TestDueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Wednesday morning.
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 6, 4), QTime(10, 0), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_contacts = std::make_unique<ContactStore>(*m_database, *m_clock);
    m_interactions = std::make_unique<InteractionStore>(*m_database, *m_clock);
    m_reminders = std::make_unique<ReminderStore>(*m_database, *m_clock);
}

void TestDueModel::cleanup()
{
    m_reminders.reset();
    m_interactions.reset();
    m_contacts.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestDueModel::addContact(const QString& given, const QString& family, const QString& circle, int daysSinceTouch)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.circle = circle;
    auto id = m_contacts->add(contact);
    if (!id)
        qWarning() << id.error();
    if (id && daysSinceTouch >= 0) {
        Interaction interaction;
        interaction.occurredAt = m_clock->now().addDays(-daysSinceTouch);
        interaction.summary = QStringLiteral("Coffee");
        interaction.participantIds = {*id};
        if (auto added = m_interactions->add(interaction); !added)
            qWarning() << added.error();
    }
    return id ? *id : 0;
}

void TestDueModel::listsDueThisWeekMostOverdueFirst()
{
    // "close" keeps in touch every 30 days.
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("close"), 45);
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QString(), -1);
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("close"), 28);
    addContact(QStringLiteral("Charles"), QStringLiteral("Babbage"), QStringLiteral("close"), 5);
    Reminder followUp;
    followUp.contactId = grace;
    followUp.dueAt = m_clock->now().addDays(-1);
    followUp.note = QStringLiteral("Send the slides");
    QVERIFY(m_reminders->add(followUp).ok());

    DueModel model(*m_database, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model.refresh(), qPrintable(model.error()));
    QCOMPARE(model.columnCount(), int(DueModel::ColumnCount));
    QCOMPARE(model.rowCount(), 3);

    QCOMPARE(model.index(0, DueModel::Who).data().toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(model.index(0, DueModel::What).data().toString(), QStringLiteral("Keep in touch"));
    QCOMPARE(model.index(0, DueModel::What).data(DueModel::RawValueRole).toString(), QStringLiteral("cadence"));
    QCOMPARE(model.index(0, DueModel::Due).data().toString(), QStringLiteral("15 days overdue"));
    QVERIFY(!model.index(0, DueModel::Reason).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(DueModel::ContactIdRole).toLongLong(), ada);

    QCOMPARE(model.index(1, DueModel::Who).data().toString(), QStringLiteral("Grace Hopper"));
    QCOMPARE(model.index(1, DueModel::What).data().toString(), QStringLiteral("Follow up"));
    QCOMPARE(model.index(1, DueModel::Due).data().toString(), QStringLiteral("yesterday"));
    QVERIFY(model.index(1, DueModel::Reason).data().toString().contains(QLatin1String("Send the slides")));
    QVERIFY(model.index(1, 0).data(DueModel::OverdueRole).toBool());

    // Alan falls due on Friday: listed, but not yet due.
    QCOMPARE(model.index(2, DueModel::Who).data().toString(), QStringLiteral("Alan Turing"));
    QCOMPARE(model.index(2, 0).data(DueModel::ContactIdRole).toLongLong(), alan);
    QVERIFY(!model.index(2, 0).data(DueModel::OverdueRole).toBool());
    QCOMPARE(model.index(2, DueModel::Due).data(DueModel::RawValueRole).toDateTime().toLocalTime().date(),
             QDate(2025, 6, 6));

    QCOMPARE(model.dueNowCount(), 2);
    QCOMPARE(model.dueNow().size(), 2);
    QCOMPARE(model.rowOf(model.item(1).key()), 1);
    QVERIFY(model.headerData(DueModel::Who, Qt::Horizontal).toString() == QStringLiteral("Who"));
}

void TestDueModel::interactionTakesCadenceItemOut()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("close"), 45);
    DueModel model(*m_database, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 1);

    Interaction call;
    call.occurredAt = m_clock->now();
    call.channel = Channel::Call;
    call.participantIds = {ada};
    QVERIFY(m_interactions->add(call).ok());
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 0);
}

void TestDueModel::endOfWeek()
{
    const QDateTime end = DueModel::endOfWeek(QDateTime(QDate(2025, 6, 4), QTime(10, 0)));
    QCOMPARE(end.toLocalTime().date(), QDate(2025, 6, 8)); // Sunday
    QCOMPARE(end.toLocalTime().time(), QTime(23, 59, 59));
    // On a Sunday, this week ends today.
    QCOMPARE(DueModel::endOfWeek(QDateTime(QDate(2025, 6, 8), QTime(8, 0))).toLocalTime().date(), QDate(2025, 6, 8));
}

QTEST_GUILESS_MAIN(TestDueModel)
#include "tst_duemodel.moc"
