#include "network/SuggestedLinksModel.h"

namespace kith {

SuggestedLinksModel::SuggestedLinksModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SuggestedLinksModel::setSuggestions(const QList<RelationshipSuggestion>& suggestions,
                                         const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_suggestions = suggestions;
    m_names = names;
    endResetModel();
}

int SuggestedLinksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestedLinksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestedLinksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_suggestions.size())
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const RelationshipSuggestion& s = m_suggestions.at(index.row());
    const auto name = [this](qint64 id) {
        const QString n = m_names.value(id);
        return n.isEmpty() ? tr("Contact #%1").arg(id) : n;
    };
    switch (index.column()) {
    case Contact:
        return name(s.link.contactId);
    case Link:
        if (role == Qt::ToolTipRole)
            return tr("%1 is %2's %3")
                .arg(name(s.link.otherId), name(s.link.contactId), relationshipTypeNoun(s.link.type));
        return relationshipTypeLabel(s.link.type);
    case Other:
        return name(s.link.otherId);
    case Reason:
        return s.reason;
    default:
        return {};
    }
}

QVariant SuggestedLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Contact:
        return tr("Contact");
    case Link:
        return tr("Link");
    case Other:
        return tr("Other contact");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace kith
