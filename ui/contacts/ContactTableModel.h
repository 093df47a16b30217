#pragma once

#include "domain/ContactSummary.h"
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
// Sorting and searching happen in SQL over all rows.
class ContactTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column { Name, Organization, Circle, Tags, LastInteraction, NextReminder, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the text: QString or QDateTime (UTC)
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
    Qt::SortOrder sortOrder() const { return m_query.order; }

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
    QVariant displayValue(const ContactSummary& summary, int column) const;
    QVariant rawValue(const ContactSummary& summary, int column) const;
    void onStoreChanged(const QList<qint64>& contactIds);

    ContactStore& m_contacts;
    const Clock& m_clock;
    ContactQuery m_query;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowById;
    mutable QHash<int, QList<ContactSummary>> m_pages;
    mutable QString m_lastError;
};

} // namespace kith
