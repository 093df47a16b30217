#include "contacts/ContactFilterProxyModel.h"
#include "contacts/ContactTableModel.h"
#include "domain/ManualClock.h"
#include "health/HealthCalculator.h"
#include "health/HealthStatus.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kith;

class TestContactTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsAppear();
    void lazyPaging();
    void sorting_data();
    void sorting();
    void sortingKeepsSelection();
    void searchFilters();
    void trashView();
    void refreshesOnStoreSignals();
    void proxyForwardsSortAndFiltersCircle();
    void healthColumns();
    void sortingByHealth();

private:
    // Contacts in the close circle (30 days) last met this many days ago; returns their ids.
    QList<qint64> addHealthFixture();
    qint64 addContact(const QString& given, const QString& family, const QString& organization = {},
                      const QString& circle = {}, const QStringList& tags = {});
    void addSortFixture();
    QStringList column(int column, int role = Qt::DisplayRole) const;
    std::unique_ptr<ContactTableModel> makeModel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<InteractionStore> m_interactions;
    std::unique_ptr<ReminderStore> m_reminders;
    std::unique_ptr<ContactTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContactTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_contacts = std::make_unique<ContactStore>(*m_database, *m_clock);
    m_interactions = std::make_unique<InteractionStore>(*m_database, *m_clock);
    m_reminders = std::make_unique<ReminderStore>(*m_database, *m_clock);
    m_model = makeModel();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestContactTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_reminders.reset();
    m_interactions.reset();
    m_contacts.reset();
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<ContactTableModel> TestContactTableModel::makeModel()
{
    return std::make_unique<ContactTableModel>(*m_contacts, *m_interactions, *m_reminders, *m_clock);
}

qint64 TestContactTableModel::addContact(const QString& given, const QString& family, const QString& organization,
                                         const QString& circle, const QStringList& tags)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.organization = organization;
    contact.circle = circle;
    contact.tags = tags;
    auto id = m_contacts->add(contact);
    if (!id)
        qWarning() << id.error();
    return id ? *id : 0;
}

QStringList TestContactTableModel::column(int column, int role) const
{
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant value = m_model->index(row, column).data(role);
        values << (value.typeId() == QMetaType::QDateTime ? value.toDateTime().toString(Qt::ISODate)
                                                          : value.toString());
    }
    return values;
}

void TestContactTableModel::rowsAppear()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ContactTableModel::ColumnCount));
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(column(ContactTableModel::Name),
             QStringList({QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
    QCOMPARE(m_model->index(0, ContactTableModel::Organization).data().toString(), QStringLiteral("Analytical"));
    QCOMPARE(m_model->index(0, 0).data(ContactTableModel::ContactIdRole).toLongLong(), ada);
    QCOMPARE(m_model->rowOf(ada), 0);
    QCOMPARE(m_model->headerData(ContactTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestContactTableModel::lazyPaging()
{
    QList<Contact> many;
    for (int i = 0; i < 1000; ++i) {
        Contact contact;
        contact.given = QStringLiteral("Person");
        contact.family = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        many << contact;
    }
    auto added = m_contacts->addMany(many);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(m_model->rowCount(), 1000);

    // A fresh model knows all its rows but has loaded none of them.
    auto model = makeModel();
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->loadedPageCount(), 0);
    QCOMPARE(model->index(999, ContactTableModel::Name).data().toString(), QStringLiteral("Person 0999"));
    QCOMPARE(model->loadedPageCount(), 1);
    QCOMPARE(model->index(998, ContactTableModel::Name).data().toString(), QStringLiteral("Person 0998"));
    QCOMPARE(model->loadedPageCount(), 1);
    QCOMPARE(model->index(0, ContactTableModel::Name).data().toString(), QStringLiteral("Person 0000"));
    QCOMPARE(model->loadedPageCount(), 2);
    // Ids need no page at all.
    QCOMPARE(model->index(500, 0).data(ContactTableModel::ContactIdRole).toLongLong(), added->at(500));
    QCOMPARE(model->loadedPageCount(), 2);
    QCOMPARE(model->index(500, ContactTableModel::Name).data().toString(), QStringLiteral("Person 0500"));
    QCOMPARE(model->loadedPageCount(), 3);
}

void TestContactTableModel::addSortFixture()
{
    // Names, organisations, circles, tags, last interactions and reminders in deliberately different orders.
    const qint64 carol = addContact(QStringLiteral("Carol"), QStringLiteral("Cole"), QStringLiteral("Zeta"),
                                    QStringLiteral("inner"), {QStringLiteral("friend")});
    const qint64 alice = addContact(QStringLiteral("alice"), QStringLiteral("Adams"), QStringLiteral("beta"),
                                    QStringLiteral("active"), {QStringLiteral("colleague"), QStringLiteral("family")});
    const qint64 bob = addContact(QStringLiteral("Bob"), QStringLiteral("Brown"), QString(), QStringLiteral("close"));
    const qint64 dave = addContact(QStringLiteral("Dave"), QStringLiteral("Dunn"), QStringLiteral("Alpha"));
    Q_UNUSED(dave)

    auto log = [this](qint64 id, const QDateTime& when) {
        Interaction interaction;
        interaction.occurredAt = when;
        interaction.summary = QStringLiteral("Coffee");
        interaction.participantIds = {id};
        QVERIFY(m_interactions->add(interaction).ok());
    };
    log(carol, QDateTime(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC));
    log(alice, QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC));
    log(bob, QDateTime(QDate(2024, 12, 1), QTime(9, 0), Qt::UTC));

    auto remind = [this](qint64 id, const QDateTime& when) {
        Reminder reminder;
        reminder.contactId = id;
        reminder.dueAt = when;
        reminder.note = QStringLiteral("Call");
        QVERIFY(m_reminders->add(reminder).ok());
    };
    remind(bob, QDateTime(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC));
    remind(carol, QDateTime(QDate(2025, 6, 15), QTime(9, 0), Qt::UTC));
}

void TestContactTableModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("names");

    const QString a = QStringLiteral("alice Adams");
    const QString b = QStringLiteral("Bob Brown");
    const QString c = QStringLiteral("Carol Cole");
    const QString d = QStringLiteral("Dave Dunn");
    // Empty values stay at the bottom in both directions; ties fall back to the name.
    QTest::newRow("name asc") << int(ContactTableModel::Name) << int(Qt::AscendingOrder) << QStringList{a, b, c, d};
    QTest::newRow("name desc") << int(ContactTableModel::Name) << int(Qt::DescendingOrder) << QStringList{d, c, b, a};
    QTest::newRow("organisation asc") << int(ContactTableModel::Organization) << int(Qt::AscendingOrder)
                                      << QStringList{d, a, c, b};
    QTest::newRow("organisation desc") << int(ContactTableModel::Organization) << int(Qt::DescendingOrder)
                                       << QStringList{c, a, d, b};
    QTest::newRow("circle asc") << int(ContactTableModel::Circle) << int(Qt::AscendingOrder) << QStringList{c, b, a, d};
    QTest::newRow("circle desc") << int(ContactTableModel::Circle) << int(Qt::DescendingOrder)
                                 << QStringList{a, b, c, d};
    QTest::newRow("tags asc") << int(ContactTableModel::Tags) << int(Qt::AscendingOrder) << QStringList{a, c, b, d};
    QTest::newRow("tags desc") << int(ContactTableModel::Tags) << int(Qt::DescendingOrder) << QStringList{c, a, b, d};
    QTest::newRow("last interaction asc")
        << int(ContactTableModel::LastInteraction) << int(Qt::AscendingOrder) << QStringList{b, c, a, d};
    QTest::newRow("last interaction desc")
        << int(ContactTableModel::LastInteraction) << int(Qt::DescendingOrder) << QStringList{a, c, b, d};
    QTest::newRow("next reminder asc") << int(ContactTableModel::NextReminder) << int(Qt::AscendingOrder)
                                       << QStringList{c, b, a, d};
    QTest::newRow("next reminder desc") << int(ContactTableModel::NextReminder) << int(Qt::DescendingOrder)
                                        << QStringList{b, c, a, d};
}

void TestContactTableModel::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, names);
    addSortFixture();
    m_model->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(this->column(ContactTableModel::Name), names);
}

void TestContactTableModel::sortingKeepsSelection()
{
    addSortFixture();
    QItemSelectionModel selection(m_model.get());
    const qint64 bob = m_model->contactId(1);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Bob Brown"));
    selection.select(m_model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->sort(ContactTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 0); // a reorder, not a reset
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 2);
    QCOMPARE(rows.first().data(ContactTableModel::ContactIdRole).toLongLong(), bob);
}

void TestContactTableModel::searchFilters()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical Engines"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("Bletchley"));
    addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("Navy"), {},
               {QStringLiteral("mentor")});
    QCOMPARE(m_model->rowCount(), 3);

    m_model->setSearch(QStringLiteral("turi"));
    QCOMPARE(column(ContactTableModel::Name), QStringList{QStringLiteral("Alan Turing")});
    m_model->setSearch(QStringLiteral("analytical"));
    QCOMPARE(column(ContactTableModel::Name), QStringList{QStringLiteral("Ada Lovelace")});
    m_model->setSearch(QStringLiteral("mentor"));
    QCOMPARE(column(ContactTableModel::Name), QStringList{QStringLiteral("Grace Hopper")});
    m_model->setSearch(QStringLiteral("nobody-like-this"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setSearch(QString());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestContactTableModel::trashView()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QVERIFY(m_contacts->moveToTrash({ada}).ok());
    QCOMPARE(column(ContactTableModel::Name), QStringList{QStringLiteral("Alan Turing")});

    m_model->setShowTrash(true);
    QVERIFY(m_model->showTrash());
    QCOMPARE(column(ContactTableModel::Name), QStringList{QStringLiteral("Ada Lovelace")});
    QCOMPARE(m_model->contactId(0), ada);

    QVERIFY(m_contacts->restore({ada}).ok());
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setShowTrash(false);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestContactTableModel::refreshesOnStoreSignals()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    QCOMPARE(m_model->index(0, ContactTableModel::LastInteraction).data().toString(), QString());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Interaction interaction;
    interaction.occurredAt = QDateTime(QDate(2025, 5, 20), QTime(10, 0), Qt::UTC);
    interaction.participantIds = {ada};
    QVERIFY(m_interactions->add(interaction).ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->index(0, ContactTableModel::LastInteraction).data(ContactTableModel::RawValueRole).toDateTime(),
             interaction.occurredAt);
    QCOMPARE(m_model->index(0, ContactTableModel::LastInteraction).data().toString(),
             QLocale().toString(interaction.occurredAt.toLocalTime().date(), QLocale::ShortFormat));

    Reminder reminder;
    reminder.contactId = ada;
    reminder.dueAt = QDateTime(QDate(2025, 5, 25), QTime(10, 0), Qt::UTC); // before the clock: overdue
    QVERIFY(m_reminders->add(reminder).ok());
    QCOMPARE(m_model->index(0, ContactTableModel::NextReminder).data(ContactTableModel::RawValueRole).toDateTime(),
             reminder.dueAt);
    QVERIFY(m_model->index(0, ContactTableModel::NextReminder).data(Qt::ForegroundRole).isValid());

    auto contact = m_contacts->get(ada);
    QVERIFY(contact.ok());
    Contact renamed = *contact;
    renamed.given = QStringLiteral("Augusta Ada");
    QVERIFY(m_contacts->update(renamed).ok());
    QCOMPARE(m_model->index(0, ContactTableModel::Name).data().toString(), QStringLiteral("Augusta Ada Lovelace"));

    QVERIFY(m_contacts->purge({ada}).ok());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestContactTableModel::proxyForwardsSortAndFiltersCircle()
{
    addSortFixture();
    ContactFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.sort(ContactTableModel::LastInteraction, Qt::DescendingOrder);
    QCOMPARE(m_model->sortColumn(), int(ContactTableModel::LastInteraction));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(proxy.sortColumn(), -1); // the proxy itself never sorts
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alice Adams"));

    QString closeName;
    CircleStore circles(*m_database);
    const auto all = circles.all();
    QVERIFY(all.ok());
    for (const Circle& circle : *all) {
        if (circle.key == QLatin1String("close"))
            closeName = circle.name;
    }
    proxy.setCircleFilter(closeName);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Bob Brown"));
    proxy.setCircleFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

QList<qint64> TestContactTableModel::addHealthFixture()
{
    // Named so that the name order differs from the health order.
    const QList<QPair<QString, int>> people{{QStringLiteral("Ann"), 100},
                                            {QStringLiteral("Bob"), 5},
                                            {QStringLiteral("Cid"), 40},
                                            {QStringLiteral("Dee"), 70},
                                            {QStringLiteral("Eve"), 10}};
    QList<qint64> ids;
    for (const auto& [name, days] : people) {
        const qint64 id = addContact(name, QStringLiteral("Test"), {}, QStringLiteral("close"));
        Interaction lunch;
        lunch.occurredAt = m_clock->now().addDays(-days);
        lunch.participantIds = {id};
        if (auto added = m_interactions->add(lunch); !added)
            qWarning() << added.error();
        ids << id;
    }
    return ids;
}

void TestContactTableModel::healthColumns()
{
    const QList<qint64> ids = addHealthFixture();
    // Without scores the columns are empty, and nothing breaks.
    QVERIFY(!m_model->index(0, ContactTableModel::Health).data().isValid());
    auto scores = HealthCalculator(*m_database).scoresAt(m_clock->today());
    QVERIFY2(scores.ok(), qPrintable(scores.error()));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setHealthScores(*scores);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ContactTableModel::Health));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(ContactTableModel::Status));
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        const HealthScore score = scores->value(id);
        QCOMPARE(m_model->index(row, ContactTableModel::Health).data().toInt(), qRound(score.health));
        QCOMPARE(m_model->index(row, ContactTableModel::Health).data(ContactTableModel::RawValueRole).toDouble(),
                 score.health);
        QCOMPARE(m_model->index(row, ContactTableModel::Status).data().toString(), healthStatusName(score.status));
        QCOMPARE(m_model->index(row, ContactTableModel::Status).data(ContactTableModel::RawValueRole).toString(),
                 healthStatusKey(score.status));
        QVERIFY(m_model->index(row, ContactTableModel::Health)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Health %1 of 100").arg(qRound(score.health))));
    }
    // Last met 100 days ago against 30: drifting; 5 days ago: on cadence.
    QCOMPARE(m_model->index(m_model->rowOf(ids.at(0)), ContactTableModel::Status).data(ContactTableModel::RawValueRole),
             QVariant(QStringLiteral("drifting")));
    QVERIFY(scores->value(ids.at(1)).health > scores->value(ids.at(0)).health);
    QCOMPARE(m_model->headerData(ContactTableModel::Health, Qt::Horizontal).toString(), QStringLiteral("Health"));
    QCOMPARE(m_model->headerData(ContactTableModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    // The Trash has no health.
    QVERIFY(m_contacts->moveToTrash({ids.at(0)}).ok());
    m_model->setShowTrash(true);
    QVERIFY(!m_model->index(0, ContactTableModel::Health).data().isValid());
}

void TestContactTableModel::sortingByHealth()
{
    const QList<qint64> ids = addHealthFixture();
    const qint64 unscored = addContact(QStringLiteral("Abe"), QStringLiteral("Zero"));
    auto scores = HealthCalculator(*m_database).scoresAt(m_clock->today());
    QVERIFY(scores.ok());
    QHash<qint64, HealthScore> some = *scores;
    some.remove(unscored); // as if it were added after the scores were computed
    m_model->setHealthScores(some);

    m_model->sort(ContactTableModel::Health, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), int(ContactTableModel::Health));
    QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
    // Longest out of touch first; the contact without a score last.
    QCOMPARE(column(ContactTableModel::Name),
             QStringList({QStringLiteral("Ann Test"), QStringLiteral("Dee Test"), QStringLiteral("Cid Test"),
                          QStringLiteral("Eve Test"), QStringLiteral("Bob Test"), QStringLiteral("Abe Zero")}));
    m_model->sort(ContactTableModel::Health, Qt::DescendingOrder);
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(column(ContactTableModel::Name),
             QStringList({QStringLiteral("Bob Test"), QStringLiteral("Eve Test"), QStringLiteral("Cid Test"),
                          QStringLiteral("Dee Test"), QStringLiteral("Ann Test"), QStringLiteral("Abe Zero")}));

    // A search keeps the health order.
    m_model->setSearch(QStringLiteral("test"));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(0, ContactTableModel::Name).data().toString(), QStringLiteral("Bob Test"));

    // New scores move the rows, keeping the selection on its contact (a layout change, not a reset).
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(m_model->rowOf(ids.at(0)), 0), QItemSelectionModel::Select);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QHash<qint64, HealthScore> swapped = some;
    swapped[ids.at(0)].health = 99.5;
    m_model->setHealthScores(swapped);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->index(0, ContactTableModel::Name).data().toString(), QStringLiteral("Ann Test"));
    QVERIFY(selection.isSelected(m_model->index(0, 0)));

    // By status: best to worst, the name order within.
    m_model->setSearch(QString());
    m_model->sort(ContactTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), int(ContactTableModel::Status));
    int last = -1;
    for (int row = 0; row < m_model->rowCount() - 1; ++row) {
        const auto status = healthStatusFromKey(
            m_model->index(row, ContactTableModel::Status).data(ContactTableModel::RawValueRole).toString());
        QVERIFY(status);
        QVERIFY(int(*status) >= last);
        last = int(*status);
    }
    // And back to a column SQL sorts.
    m_model->sort(ContactTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), int(ContactTableModel::Name));
    QCOMPARE(m_model->index(0, ContactTableModel::Name).data().toString(), QStringLiteral("Abe Zero"));
}

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"
