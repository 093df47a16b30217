#pragma once

#include "storage/ImportBatchStore.h"

#include <QAbstractTableModel>

namespace kith {

// File > Import History's list: one row per import batch, newest first, from the batch store.
class ImportBatchModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchModel)

public:
    enum Column { When, Files, Added, Merged, Skipped, Failed, State, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // QDateTime, QString or int behind the text
        BatchIdRole,
        UndoneRole, // bool
    };

    explicit ImportBatchModel(ImportBatchStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ImportBatch batch(int row) const { return m_batches.value(row); }
    int rowOf(qint64 batchId) const;
    // The store's last error, empty when the last read worked.
    QString error() const { return m_error; }

public Q_SLOTS:
    void refresh();

private:
    ImportBatchStore& m_store;
    QList<ImportBatch> m_batches;
    QString m_error;
};

} // namespace kith
