#pragma once

#include "network/IntroductionSuggestion.h"

#include <QAbstractTableModel>

namespace kith {

// Suggested introductions, one row each: who is looking for help, who can help, why (the reason sentence; the
// tie strengths are the row's tooltip), with an Introduce… and a Dismiss button (drawn by ButtonDelegate).
class IntroductionSuggestionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionSuggestionModel)

public:
    enum Column { First, Second, Reason, Introduce, Dismiss, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // names, the reason, the score
        ContactIdRole,                   // the contact of the column (the first one for the other columns)
    };

    explicit IntroductionSuggestionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSuggestions(const QList<IntroductionSuggestion>& suggestions);
    const QList<IntroductionSuggestion>& suggestions() const { return m_suggestions; }
    IntroductionSuggestion suggestion(int row) const { return m_suggestions.value(row); }
    // Takes the pair out at once (introduced or dismissed); the next computation confirms it.
    void removePair(qint64 firstId, qint64 secondId);

private:
    QList<IntroductionSuggestion> m_suggestions;
};

} // namespace kith
