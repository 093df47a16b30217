#pragma once

#include "health/CircleSuggestion.h"

#include <QAbstractTableModel>

namespace kith {

// Circle suggestions on the dashboard, one row each: who, the circle they are in, the circle they
// behave like (the full sentence, "Ada behaves like someone in your Acquaintance circle but is in
// your Inner circle", and the numbers behind it are the row's tooltip), with a Move and an Ignore
// button (drawn by ButtonDelegate).
class CircleSuggestionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircleSuggestionModel)

public:
    enum Column { Name, Current, Suggested, Accept, Ignore, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // name, current and suggested circle keys
        ContactIdRole,
    };

    explicit CircleSuggestionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSuggestions(const QList<CircleSuggestion>& suggestions);
    const QList<CircleSuggestion>& suggestions() const { return m_suggestions; }
    CircleSuggestion suggestion(int row) const { return m_suggestions.value(row); }

    // Why, in numbers: rank, layer, contact in the last year.
    static QString details(const CircleSuggestion& suggestion);

private:
    QList<CircleSuggestion> m_suggestions;
};

} // namespace kith
