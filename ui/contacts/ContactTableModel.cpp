#include "contacts/ContactTableModel.h"

#include "domain/Clock.h"
#include "health/HealthStatus.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include "widgets/HealthColors.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace kith {

namespace {

// Beyond this many cached pages the cache starts again: a user scrolling through 50,000 rows
// should not end up holding all of them.
constexpr int MaxCachedPages = 64;

ContactQuery::SortKey sortKeyFor(int column)
{
    switch (column) {
    case ContactTableModel::Organization:
        return ContactQuery::SortKey::Organization;
    case ContactTableModel::Circle:
        return ContactQuery::SortKey::Circle;
    case ContactTableModel::Tags:
        return ContactQuery::SortKey::Tags;
    case ContactTableModel::LastInteraction:
        return ContactQuery::SortKey::LastInteraction;
    case ContactTableModel::NextReminder:
        return ContactQuery::SortKey::NextReminder;
    default:
        return ContactQuery::SortKey::Name;
    }
}

QString shortDate(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

// A dot in the status's colour, for the status column (one per status and palette).
QIcon statusDot(HealthStatus status)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor color = HealthColors::status(status, palette);
    static QHash<QRgb, QIcon> cache;
    auto it = cache.constFind(color.rgb());
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return *cache.insert(color.rgb(), QIcon(pixmap));
}

} // namespace

ContactTableModel::ContactTableModel(ContactStore& contacts, InteractionStore& interactions, ReminderStore& reminders,
                                     const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_contacts(contacts)
    , m_clock(clock)
{
    connect(&contacts, &ContactStore::contactsChanged, this, &ContactTableModel::onStoreChanged);
    connect(&interactions, &InteractionStore::interactionsChanged, this, &ContactTableModel::onStoreChanged);
    connect(&reminders, &ReminderStore::remindersChanged, this, &ContactTableModel::onStoreChanged);
    refresh();
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ContactSummary* ContactTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        const QList<qint64> pageIds = m_ids.mid(qsizetype(page) * PageSize, PageSize);
        auto loaded = m_contacts.summaries(pageIds);
        QList<ContactSummary> rows(pageIds.size());
        if (loaded) {
            // The store skips ids that vanished meanwhile; keep the rows aligned with m_ids.
            qsizetype next = 0;
            for (qsizetype i = 0; i < pageIds.size() && next < loaded->size(); ++i) {
                if (loaded->at(next).id == pageIds.at(i))
                    rows[i] = loaded->at(next++);
            }
            m_lastError.clear();
        } else {
            m_lastError = loaded.error();
        }
        it = m_pages.insert(page, rows);
    }
    const ContactSummary& summary = it->at(row % PageSize);
    return summary.id == 0 ? nullptr : &summary;
}

QVariant ContactTableModel::displayValue(const ContactSummary& summary, int column) const
{
    switch (column) {
    case Name:
        return summary.name;
    case Organization:
        return summary.organization;
    case Circle:
        return summary.circle;
    case Tags:
        return summary.tags;
    case LastInteraction:
        return shortDate(summary.lastInteraction);
    case NextReminder:
        return shortDate(summary.nextReminder);
    default:
        return {};
    }
}

QVariant ContactTableModel::rawValue(const ContactSummary& summary, int column) const
{
    switch (column) {
    case LastInteraction:
        return summary.lastInteraction;
    case NextReminder:
        return summary.nextReminder;
    default:
        return displayValue(summary, column);
    }
}

const HealthScore* ContactTableModel::scoreAt(int row) const
{
    if (row < 0 || row >= m_ids.size() || m_query.trashed)
        return nullptr;
    auto it = m_scores.constFind(m_ids.at(row));
    return it == m_scores.constEnd() ? nullptr : &*it;
}

// Health and status come from the scores, not from the page of summaries: no SQL for them.
QVariant ContactTableModel::healthValue(int row, int column, int role) const
{
    const HealthScore* score = scoreAt(row);
    if (!score)
        return {};
    const int health = qRound(score->health);
    switch (role) {
    case Qt::DisplayRole:
        return column == Health ? QVariant(health) : QVariant(healthStatusName(score->status));
    case RawValueRole:
        return column == Health ? QVariant(score->health) : QVariant(healthStatusKey(score->status));
    case Qt::ToolTipRole: {
        QString when;
        if (score->neverContacted)
            when = tr("never in touch yet");
        else
            when = tr("last in touch %n day(s) ago", nullptr, score->daysSince);
        return tr("Health %1 of 100 (%2), strength %3; %4, against a %n-day cadence", nullptr, score->cadenceDays)
            .arg(health)
            .arg(healthStatusName(score->status).toLower())
            .arg(qRound(score->strength))
            .arg(when);
    }
    case Qt::TextAlignmentRole:
        return column == Health ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole:
        return column == Status ? QVariant(statusDot(score->status)) : QVariant();
    default:
        return {};
    }
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ContactIdRole)
        return m_ids.at(index.row());
    if (index.column() == Health || index.column() == Status)
        return healthValue(index.row(), index.column(), role);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};
    const ContactSummary* summary = summaryAt(index.row());
    if (!summary)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*summary, index.column());
    case RawValueRole:
        return rawValue(*summary, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextReminder && summary->nextReminder.isValid())
            return QLocale().toString(summary->nextReminder.toLocalTime(), QLocale::LongFormat);
        if (index.column() == LastInteraction && summary->lastInteraction.isValid())
            return QLocale().toString(summary->lastInteraction.toLocalTime(), QLocale::LongFormat);
        return displayValue(*summary, index.column());
    case Qt::ForegroundRole:
        // An overdue follow-up stands out.
        if (index.column() == NextReminder && summary->nextReminder.isValid() && summary->nextReminder < m_clock.now())
            return QColor(0xc0, 0x39, 0x2b);
        return {};
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Organization:
        return tr("Organisation");
    case Circle:
        return tr("Circle");
    case Tags:
        return tr("Tags");
    case LastInteraction:
        return tr("Last contact");
    case NextReminder:
        return tr("Next reminder");
    case Health:
        return tr("Health");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = Name;
    // By health or status, SQL gives the rows in name order and the scores reorder them.
    const ContactQuery::SortKey key = sortKeyFor(column);
    if (column == m_sortColumn && order == sortOrder())
        return;
    m_sortColumn = column;
    m_query.sortKey = key;
    m_query.order = (column == Health || column == Status) ? Qt::AscendingOrder : order;
    m_healthOrder = order;
    refresh();
}

int ContactTableModel::sortColumn() const
{
    return m_sortColumn;
}

void ContactTableModel::setHealthScores(const QHash<qint64, HealthScore>& scores)
{
    m_scores = scores;
    if (sortsByHealth()) {
        refreshRows(RowsAndValues); // the order may change
        return;
    }
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, Health), index(int(m_ids.size()) - 1, Status));
}

void ContactTableModel::sortByHealth(QList<qint64>& ids) const
{
    // Contacts without a score (none yet) come last either way; ties keep the name order.
    const bool descending = m_healthOrder == Qt::DescendingOrder;
    const bool byStatus = m_sortColumn == Status;
    struct Key {
        bool missing;
        int status;
        double health;
    };
    QHash<qint64, Key> keys;
    keys.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        auto it = m_scores.constFind(id);
        keys.insert(id, it == m_scores.constEnd() ? Key{true, 0, 0} : Key{false, int(it->status), it->health});
    }
    std::stable_sort(ids.begin(), ids.end(), [&keys, descending, byStatus](qint64 a, qint64 b) {
        const Key& ka = keys[a];
        const Key& kb = keys[b];
        if (ka.missing != kb.missing)
            return kb.missing;
        if (ka.missing)
            return false;
        if (byStatus && ka.status != kb.status)
            return descending ? ka.status > kb.status : ka.status < kb.status;
        if (ka.health != kb.health)
            return descending ? ka.health > kb.health : ka.health < kb.health;
        return false;
    });
}

void ContactTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    // Only the query changed, not the data: the same rows in the same order need no update at all
    // (typing "lovela" after "lovel" often matches the same people).
    refreshRows(RowsOnly);
}

void ContactTableModel::setShowTrash(bool trash)
{
    if (trash == m_query.trashed)
        return;
    m_query.trashed = trash;
    refresh();
}

qint64 ContactTableModel::contactId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ContactTableModel::rowOf(qint64 contactId) const
{
    return m_rowById.value(contactId, -1);
}

void ContactTableModel::onStoreChanged(const QList<qint64>& contactIds)
{
    Q_UNUSED(contactIds)
    // Any change may move rows (sort keys, search matches), so ask again: the id query is cheap.
    refresh();
}

void ContactTableModel::refresh()
{
    refreshRows(RowsAndValues);
}

void ContactTableModel::refreshRows(RefreshScope scope)
{
    auto fetched = m_contacts.ids(m_query);
    QList<qint64> ids;
    if (fetched) {
        ids = *fetched;
        m_lastError.clear();
    } else {
        m_lastError = fetched.error();
    }
    if (sortsByHealth() && !m_query.trashed)
        sortByHealth(ids);

    if (ids == m_ids) {
        if (scope == RowsOnly)
            return;
        // Same rows in the same order: only the values may have changed.
        m_pages.clear();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        return;
    }

    // Another row count is always a reset: only sort both lists (10,000 ids each, on every search
    // keystroke) when they could hold the same contacts in another order.
    bool sameContacts = ids.size() == m_ids.size();
    if (sameContacts) {
        QList<qint64> sortedOld = m_ids;
        QList<qint64> sortedNew = ids;
        std::sort(sortedOld.begin(), sortedOld.end());
        std::sort(sortedNew.begin(), sortedNew.end());
        sameContacts = sortedOld == sortedNew;
    }
    if (!sameContacts) {
        beginResetModel();
        m_ids = ids;
        m_rowById.clear();
        m_rowById.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowById.insert(m_ids.at(row), row);
        m_pages.clear();
        endResetModel();
        return;
    }

    // The same contacts in another order: move them, so that selections follow their rows.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> newRows;
    for (int row = 0; row < ids.size(); ++row)
        newRows.insert(ids.at(row), row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before)
        after << index(newRows.value(m_ids.at(old.row())), old.column());
    m_ids = ids;
    m_rowById = newRows;
    m_pages.clear();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace kith
