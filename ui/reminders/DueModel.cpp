#include "reminders/DueModel.h"

#include "domain/Clock.h"
#include "reminders/DueCalculator.h"
#include "reminders/DueText.h"

#include <QColor>
#include <QFont>

namespace kith {

DueModel::DueModel(Database& database, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{}

int DueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueItem& item = m_items.at(index.row());
    const bool overdue = item.due <= m_refreshedAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Who:
            return item.contactName.isEmpty() ? DueText::tr("(no name)") : item.contactName;
        case What: {
            const QString kind = DueText::kindName(item.kind);
            return QString(kind.left(1).toUpper() + kind.mid(1));
        }
        case Due:
            return DueText::dueWhen(item.due, m_refreshedAt);
        case Reason:
            return QString(item.reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Who:
            return item.contactName;
        case What:
            return dueKindKey(item.kind);
        case Due:
            return item.due;
        case Reason:
            return item.reason;
        }
        break;
    case Qt::ToolTipRole:
        return QString(DueText::title(item) + QLatin1Char('\n') + DueText::context(item, m_refreshedAt));
    case Qt::ForegroundRole:
        if (index.column() == Due && overdue && item.due.toLocalTime().date() < m_refreshedAt.toLocalTime().date())
            return QColor(0xc0, 0x39, 0x2b);
        if (!overdue)
            return QColor(0x70, 0x70, 0x70); // later this week: not yet
        break;
    case Qt::FontRole:
        if (index.column() == Who && item.priority >= 2) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ContactIdRole:
        return item.contactId;
    case KeyRole:
        return item.key();
    case OverdueRole:
        return overdue;
    default:
        break;
    }
    return {};
}

QVariant DueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Due:
        return tr("Due");
    case Reason:
        return tr("Why");
    }
    return {};
}

void DueModel::setPreferences(const ReminderPreferences& preferences)
{
    m_preferences = preferences;
}

bool DueModel::refresh()
{
    m_refreshedAt = m_clock.now();
    DueCalculator calculator(m_database, m_preferences);
    auto due = calculator.dueThrough(m_refreshedAt, endOfWeek(m_refreshedAt));
    beginResetModel();
    if (due) {
        m_items = *due;
        m_error.clear();
    } else {
        m_items.clear();
        m_error = due.error();
    }
    endResetModel();
    return due.ok();
}

int DueModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key() == key)
            return row;
    }
    return -1;
}

QList<DueItem> DueModel::dueNow() const
{
    QList<DueItem> now;
    for (const DueItem& item : m_items) {
        if (item.due <= m_refreshedAt)
            now << item;
    }
    return now;
}

int DueModel::dueNowCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [this](const DueItem& item) { return item.due <= m_refreshedAt; }));
}

QDateTime DueModel::endOfWeek(const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    return QDateTime(today.addDays(7 - today.dayOfWeek()), QTime(23, 59, 59)).toUTC();
}

} // namespace kith
