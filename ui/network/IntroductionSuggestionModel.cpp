#include "network/IntroductionSuggestionModel.h"

#include <QLocale>

namespace kith {

IntroductionSuggestionModel::IntroductionSuggestionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int IntroductionSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int IntroductionSuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntroductionSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntroductionSuggestion& s = m_suggestions.at(index.row());
    const auto name = [](const QString& text) {
        return text.isEmpty() ? tr("(no name)") : text;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case First:
            return name(s.firstName);
        case Second:
            return name(s.secondName);
        case Reason:
            return s.reason;
        case Introduce:
            return tr("Introduce…");
        case Dismiss:
            return tr("Dismiss");
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case First:
            return s.firstName;
        case Second:
            return s.secondName;
        case Reason:
            return s.reason;
        default:
            return s.score;
        }
    case ContactIdRole:
        return index.column() == Second ? s.secondId : s.firstId;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Introduce:
            return tr("Record that you introduced %1 and %2, with a follow-up reminder").arg(s.firstName, s.secondName);
        case Dismiss:
            return tr("Do not suggest introducing %1 and %2 again").arg(s.firstName, s.secondName);
        default:
            return tr("%1\nYour tie strength: %2 %3/100, %4 %5/100. Double-click to open the contact.")
                .arg(s.reason, s.firstName)
                .arg(qRound(s.firstStrength))
                .arg(s.secondName)
                .arg(qRound(s.secondStrength));
        }
    default:
        break;
    }
    return {};
}

QVariant IntroductionSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case First:
        return tr("Looking for help");
    case Second:
        return tr("Can help");
    case Reason:
        return tr("Why");
    case Introduce:
    case Dismiss:
        return QString();
    }
    return {};
}

void IntroductionSuggestionModel::setSuggestions(const QList<IntroductionSuggestion>& suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

void IntroductionSuggestionModel::removePair(qint64 firstId, qint64 secondId)
{
    for (int row = int(m_suggestions.size()) - 1; row >= 0; --row) {
        const IntroductionSuggestion& s = m_suggestions.at(row);
        if ((s.firstId == firstId && s.secondId == secondId) || (s.firstId == secondId && s.secondId == firstId)) {
            beginRemoveRows({}, row, row);
            m_suggestions.removeAt(row);
            endRemoveRows();
        }
    }
}

} // namespace kith
