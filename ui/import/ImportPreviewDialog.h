#pragma once

#include "io/import/ImportPlan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kith {

class ImportPreviewFilterModel;
class ImportPreviewModel;

// What an import would do, before anything is written: how many records are new, merge into existing
// contacts, are duplicates inside the files or could not be read; every record with its action, which
// the user may change; the problems with file and line. "Import" asks for the plan to be applied and
// shows its progress here, with Cancel, until the controller says it is done.
class ImportPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    explicit ImportPreviewDialog(ImportPlan plan, QWidget* parent = nullptr);
    ~ImportPreviewDialog() override;

    // The plan with the user's choices.
    const ImportPlan& plan() const;
    ImportPreviewModel* model() const { return m_model; }
    ImportPreviewFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }

    // While the plan is being written: choices locked, progress shown, Cancel cancels the writing.
    void setApplying(bool applying);
    bool isApplying() const { return m_applying; }
    void setProgress(qint64 done, qint64 total);
    // What became of the last attempt ("Cancelled: nothing was written."), shown above the buttons.
    void showOutcome(const QString& text);

    void reject() override;

Q_SIGNALS:
    void applyRequested();
    void cancelRequested();

private:
    void updateSummary();
    void setSelectedAction(int action);
    void updateSelectionButtons();
    QList<int> selectedRows() const;
    QWidget* createProblems();

    ImportPreviewModel* m_model = nullptr;
    ImportPreviewFilterModel* m_filter = nullptr;
    QStandardItemModel* m_problemsModel = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_filterCombo = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_skipButton = nullptr;
    QGroupBox* m_problems = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
    bool m_applying = false;
    bool m_cancelling = false;
};

} // namespace kith
