#pragma once

#include "domain/ContactSummary.h"
#include "health/HealthBreakdown.h"
#include "storage/ContactQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kith {

class Clock;
class ContactStore;
class InteractionStore;
class ReminderStore;

// The contacts table. Knows every id of the current query at once (so the row count is exact and
// the scroll bar honest) but loads the visible columns a page at a time, only when a row is shown.
// Sorting and searching happen in SQL over all rows; health and status, which SQL does not know,
// sort the searched ids by the scores of every contact, given by setHealthScores().
class ContactTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column { Name, Organization, Circle, Tags, LastInteraction, NextReminder, Health, Status, ColumnCount };
    enum Role {
        // The value behind the text: QString, QDateTime (UTC), the health as a double, the status key
        // (an invalid QVariant while a contact has no score)
        RawValueRole = Qt::UserRole + 1,
        ContactIdRole,
    };

    static constexpr int PageSize = 200;

    ContactTableModel(ContactStore& contacts, InteractionStore& interactions, ReminderStore& reminders,
                      const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    void setShowTrash(bool trash);
    bool showTrash() const { return m_query.trashed; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return sortsByHealth() ? m_healthOrder : m_query.order; }

    // Every contact's score (by contact id), as the core's one-pass calculation gives them.
    void setHealthScores(const QHash<qint64, HealthScore>& scores);
    const QHash<qint64, HealthScore>& healthScores() const { return m_scores; }

    qint64 contactId(int row) const;
    // The row of a contact in the current list, or -1.
    int rowOf(qint64 contactId) const;
    // How many pages of summaries are held right now (for tests of the lazy loading).
    int loadedPageCount() const { return int(m_pages.size()); }
    // The last error from the store, empty when the last query worked.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Asks the store again; keeps rows (and so the view's selection) where the list did not change.
    void refresh();

private:
    // A store change may change values in rows that stay; a new search only which rows there are.
    enum RefreshScope { RowsAndValues, RowsOnly };
    void refreshRows(RefreshScope scope);
    const ContactSummary* summaryAt(int row) const;
    const HealthScore* scoreAt(int row) const;
    QVariant healthValue(int row, int column, int role) const;
    bool sortsByHealth() const { return m_sortColumn == Health || m_sortColumn == Status; }
    void sortByHealth(QList<qint64>& ids) const;
    QVariant displayValue(const ContactSummary& summary, int column) const;
    QVariant rawValue(const ContactSummary& summary, int column) const;
    void onStoreChanged(const QList<qint64>& contactIds);

    ContactStore& m_contacts;
    const Clock& m_clock;
    ContactQuery m_query;
    int m_sortColumn = Name;
    Qt::SortOrder m_healthOrder = Qt::AscendingOrder;
    QHash<qint64, HealthScore> m_scores;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowById;
    mutable QHash<int, QList<ContactSummary>> m_pages;
    mutable QString m_lastError;
};

} // namespace kith
