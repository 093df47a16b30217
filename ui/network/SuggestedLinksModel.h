#pragma once

#include "network/RelationshipSuggestion.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kith {

// Every link Kith suggests, one row each: who, what the other is to them, the other, and why.
class SuggestedLinksModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestedLinksModel)

public:
    enum Column { Contact, Link, Other, Reason, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // for sorting: names, the type's label, the reason
    };

    explicit SuggestedLinksModel(QObject* parent = nullptr);

    // `names` by contact id, for both ends of every suggestion.
    void setSuggestions(const QList<RelationshipSuggestion>& suggestions, const QHash<qint64, QString>& names);
    const QList<RelationshipSuggestion>& suggestions() const { return m_suggestions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RelationshipSuggestion> m_suggestions;
    QHash<qint64, QString> m_names;
};

} // namespace kith
