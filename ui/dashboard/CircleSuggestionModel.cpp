#include "dashboard/CircleSuggestionModel.h"

#include "health/CircleSuggester.h"

namespace kith {

CircleSuggestionModel::CircleSuggestionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CircleSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int CircleSuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CircleSuggestionModel::details(const CircleSuggestion& s)
{
    QString layer;
    if (s.countedLastYear == 0) // a year without contact implies the outermost circle, whatever the rank
        layer = tr("no contact in the last year, as in the %1 circle").arg(s.suggestedCircleName);
    else if (s.layerLastRank > 0)
        layer = tr("the %1 circle holds the people ranked %2 to %3")
                    .arg(s.suggestedCircleName)
                    .arg(s.layerFirstRank)
                    .arg(s.layerLastRank);
    else
        layer =
            tr("the %1 circle holds the people ranked %2 and beyond").arg(s.suggestedCircleName).arg(s.layerFirstRank);
    // One count per sentence, so that each can take its plural.
    if (s.neverContacted)
        return tr("Ranked %1 of %2 by recent contact (%3); never in touch yet.").arg(s.rank).arg(s.contacts).arg(layer);
    return tr("Ranked %1 of %2 by recent contact (%3); in touch on %n days in the last year.", nullptr,
              s.countedLastYear)
               .arg(s.rank)
               .arg(s.contacts)
               .arg(layer) +
           QLatin1Char(' ') + tr("Last in touch %n days ago.", nullptr, s.daysSince);
}

QVariant CircleSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CircleSuggestion& s = m_suggestions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name.isEmpty() ? tr("(no name)") : s.name;
        case Current:
            return s.currentCircleName.isEmpty() ? tr("No circle") : s.currentCircleName;
        case Suggested:
            return s.suggestedCircleName;
        case Accept:
            return tr("Move");
        case Ignore:
            return tr("Ignore");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Accept:
            return tr("Put %1 in the %2 circle (Undo puts them back)").arg(s.name, s.suggestedCircleName);
        case Ignore:
            return tr("Keep %1 where they are and do not suggest the %2 circle again")
                .arg(s.name, s.suggestedCircleName);
        default:
            return QString(CircleSuggester::reason(s) + QLatin1Char('\n') + details(s));
        }
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Current:
            return s.currentCircle;
        case Suggested:
            return s.suggestedCircle;
        }
        break;
    case ContactIdRole:
        return s.contactId;
    }
    return {};
}

QVariant CircleSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Current:
        return tr("In your");
    case Suggested:
        return tr("Behaves like your");
    default:
        return QString();
    }
}

void CircleSuggestionModel::setSuggestions(const QList<CircleSuggestion>& suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

} // namespace kith
