#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace kith {

class ImportBatchModel;
class ImportBatchStore;

// File > Import History: every import with its date, files and counts, and Undo Import for one that
// stands. The undo itself (with its confirmation) is the controller's, asked for through undoRequested().
class ImportHistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)

public:
    explicit ImportHistoryDialog(ImportBatchStore& store, QWidget* parent = nullptr);
    ~ImportHistoryDialog() override;

    ImportBatchModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Selects the batch's row; false when it is not listed.
    bool selectBatch(qint64 batchId);
    // Reads the batches again, keeping the selection.
    void refresh();

Q_SIGNALS:
    void undoRequested(qint64 batchId);

private:
    void updateButtons();
    qint64 selectedBatchId() const;

    ImportBatchModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_undoButton = nullptr;
};

} // namespace kith
