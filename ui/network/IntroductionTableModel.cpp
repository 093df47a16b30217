#include "network/IntroductionTableModel.h"

#include "storage/IntroductionStore.h"
#include "storage/ReminderStore.h"

#include <QLocale>

namespace kith {

IntroductionTableModel::IntroductionTableModel(IntroductionStore& introductions, ReminderStore& reminders,
                                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_introductions(introductions)
    , m_reminders(reminders)
{
    connect(&m_introductions, &IntroductionStore::introductionsChanged, this, &IntroductionTableModel::reload);
    connect(&m_reminders, &ReminderStore::remindersChanged, this, &IntroductionTableModel::reload);
    reload();
}

void IntroductionTableModel::reload()
{
    if (m_editing) {
        QMetaObject::invokeMethod(this, &IntroductionTableModel::reload, Qt::QueuedConnection);
        return;
    }
    auto all = m_introductions.all();
    beginResetModel();
    m_rows = all ? *all : QList<Introduction>{};
    m_followUps.clear();
    for (const Introduction& i : std::as_const(m_rows)) {
        if (i.followUpReminderId <= 0)
            continue;
        if (auto reminder = m_reminders.get(i.followUpReminderId))
            m_followUps.insert(i.followUpReminderId, *reminder);
    }
    endResetModel();
}

int IntroductionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntroductionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IntroductionTableModel::rowOf(qint64 introductionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == introductionId)
            return row;
    }
    return -1;
}

QVariant IntroductionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Introduction& i = m_rows.at(index.row());
    const QLocale locale;
    const auto followUp = [&]() -> std::optional<Reminder> {
        const auto found = m_followUps.constFind(i.followUpReminderId);
        return found == m_followUps.cend() ? std::nullopt : std::optional<Reminder>(*found);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Who:
            return tr("%1 and %2").arg(i.firstName, i.secondName);
        case Why:
            if (i.reason.isEmpty())
                return i.topicName;
            return i.topicName.isEmpty() ? i.reason : tr("%1 (%2)").arg(i.reason, i.topicName);
        case Date:
            return locale.toString(i.introducedOn, QLocale::ShortFormat);
        case Status:
            return role == Qt::EditRole ? QVariant(introductionStatusKey(i.status))
                                        : QVariant(introductionStatusLabel(i.status));
        case Outcome:
            return i.outcome;
        case FollowUp: {
            const auto reminder = followUp();
            if (!reminder)
                return tr("None");
            const QString due = locale.toString(reminder->dueAt.toLocalTime().date(), QLocale::ShortFormat);
            if (reminder->doneAt.isValid())
                return tr("Done");
            if (reminder->dismissedAt.isValid())
                return tr("Dismissed");
            return tr("Due %1").arg(due);
        }
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Who:
            return QStringList{i.firstName, i.secondName};
        case Why:
            return i.reason;
        case Date:
            return i.introducedOn;
        case Status:
            return introductionStatusKey(i.status);
        case Outcome:
            return i.outcome;
        case FollowUp: {
            const auto reminder = followUp();
            return reminder ? QVariant(reminder->dueAt) : QVariant();
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Status:
            return tr("Double-click to change how far the introduction went");
        case Outcome:
            return i.outcome.isEmpty() ? tr("Double-click to say what came of it") : i.outcome;
        case FollowUp: {
            const auto reminder = followUp();
            return reminder ? reminder->note : tr("No follow-up reminder");
        }
        default:
            return i.reason.isEmpty() ? QVariant() : QVariant(i.reason);
        }
    case IntroductionIdRole:
        return i.id;
    case FirstIdRole:
        return i.firstId;
    case SecondIdRole:
        return i.secondId;
    case ContactIdRole: {
        const auto reminder = followUp();
        return reminder ? reminder->contactId : i.firstId;
    }
    default:
        break;
    }
    return {};
}

Qt::ItemFlags IntroductionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Status || index.column() == Outcome))
        f |= Qt::ItemIsEditable;
    return f;
}

bool IntroductionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Introduction changed = m_rows.at(index.row());
    if (index.column() == Status) {
        const auto status = introductionStatusFromKey(value.toString());
        if (!status) {
            Q_EMIT writeFailed(tr("\"%1\" is not a status of an introduction.").arg(value.toString()));
            return false;
        }
        if (*status == changed.status)
            return false;
        changed.status = *status;
    } else if (index.column() == Outcome) {
        if (value.toString().trimmed() == changed.outcome)
            return false;
        changed.outcome = value.toString().trimmed();
    } else {
        return false;
    }
    // The store announces the change, which reloads the rows once the editor has closed; the row shows it now.
    m_editing = true;
    const auto linked = m_introductions.rewrite(changed);
    m_editing = false;
    if (!linked) {
        Q_EMIT writeFailed(linked.error());
        return false;
    }
    const Introduction before = std::exchange(m_rows[index.row()], changed);
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT edited(before, changed, *linked);
    return true;
}

QVariant IntroductionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Who:
        return tr("Who");
    case Why:
        return tr("Why");
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    case FollowUp:
        return tr("Follow-up");
    }
    return {};
}

} // namespace kith
