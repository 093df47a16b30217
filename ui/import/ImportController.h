#pragma once

#include "io/import/CsvPreview.h"
#include "io/import/ImportApplier.h"
#include "io/import/ImportOptions.h"
#include "storage/ImportBatchStore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QMimeData;
class QProgressDialog;
class QWidget;

namespace kith {

class Clock;
class CsvMappingDialog;
class Database;
class ImportApplyThread;
class ImportBatchStore;
class ImportHistoryDialog;
class ImportPlanThread;
class ImportPreviewDialog;
class ImportUndoThread;
class Settings;

// Everything between "these files" and "the contacts are in": the column mapping for each generic CSV, the
// plan worked out in a worker thread with progress, the preview, the plan applied in a worker thread with
// progress and Cancel, and undo from the history. The workers write through their own connections, so
// the window's stores announce nothing: databaseChanged() says when the window must reload.
class ImportController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // `window` parents the dialogs; it and `settings` must outlive the controller.
    ImportController(QWidget* window, Settings& settings, const Clock& clock, QObject* parent = nullptr);
    ~ImportController() override;

    // The database the window shows; imports and undo go there. Refused (false) while an import runs.
    void setDatabase(Database& database);
    ImportBatchStore* batchStore() const { return m_batches.get(); }

    // True from the first file to the end of the writing (or cancel), and while an undo runs.
    bool isBusy() const;
    // The batch of the last import in this session that can still be undone, or 0.
    qint64 lastBatchId() const { return m_lastBatchId; }
    // The preview on screen, if any (for tests).
    ImportPreviewDialog* previewDialog() const;

    // The local .vcf/.vcard/.csv files among a drop's URLs.
    static QStringList importableFiles(const QMimeData* mime);
    static bool isImportable(const QString& path);

public Q_SLOTS:
    // Starts an import of these files: mapping page where needed, then planning, then the preview.
    void importFiles(const QStringList& files);
    // File > Import Contacts…: a file dialog for one or several files.
    void chooseFiles();
    // File > Import History…
    void showHistory();
    // Asks, then undoes the batch; says why not when it cannot be undone.
    void undoBatch(qint64 batchId);
    // Edit > Undo Import: the last import of this session.
    void undoLastImport();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Contacts were written by another connection (an import applied or undone): reload the views.
    void databaseChanged();
    // A status line for the window ("Imported 120 contacts, merged 8.").
    void message(const QString& text);
    void lastBatchChanged(qint64 batchId);
    // The writing is about to start in this thread (lets a test cancel it at its first progress report).
    void applyStarted(kith::ImportApplyThread* thread);

private:
    void askNextMapping();
    void startPlanning();
    void onPlanFinished();
    void startApplying();
    void onApplyFinished();
    void onUndoFinished();
    void finish(const QString& text);
    void setLastBatch(qint64 batchId);

    QWidget* m_window;
    Settings& m_settings;
    const Clock& m_clock;
    Database* m_database = nullptr;
    std::unique_ptr<ImportBatchStore> m_batches;

    // A generic CSV file to ask the columns of, and the other files of the import with the same header.
    struct MappingPage {
        QString file;
        CsvPreview preview;
        QString signature;
        QStringList sameColumns;
    };

    QStringList m_files;
    ImportOptions m_options;
    QList<MappingPage> m_mappingPages;
    qsizetype m_mappingPage = 0; // the one on screen
    ImportPlanThread* m_planThread = nullptr;
    ImportApplyThread* m_applyThread = nullptr;
    ImportUndoThread* m_undoThread = nullptr;
    ImportBatch m_undoing; // the batch m_undoThread takes back
    QPointer<QProgressDialog> m_planProgress;
    QPointer<ImportPreviewDialog> m_preview;
    QPointer<CsvMappingDialog> m_mapping;
    QPointer<ImportHistoryDialog> m_history;
    bool m_busy = false;
    qint64 m_lastBatchId = 0;
};

} // namespace kith
