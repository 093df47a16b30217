#pragma once

#include "network/HelpMatch.h"

#include <QAbstractTableModel>

namespace kith {

// The answers to one "who can help" search, best first: who, why (the matched words marked), how you know them
// and how strong the tie is.
class WhoCanHelpModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoCanHelpModel)

public:
    enum Column { Name, Reason, HowYouKnow, Strength, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // name, reason, how you know them, strength (invalid when never in touch)
        ContactIdRole,
        HtmlRole, // the reason with the matched words highlighted, as rich text
    };

    explicit WhoCanHelpModel(QObject* parent = nullptr);

    void setMatches(const QList<HelpMatch>& matches);
    const QList<HelpMatch>& matches() const { return m_matches; }
    // Rich text of a marked snippet ("[tax] [law]"): escaped, the marked words highlighted.
    static QString highlighted(const QString& marked);
    // The same without the marks, as a person reads it.
    static QString plain(const QString& marked);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HelpMatch> m_matches;
};

} // namespace kith
