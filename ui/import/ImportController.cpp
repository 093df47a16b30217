#include "import/ImportController.h"

#include "import/CsvMappingDialog.h"
#include "import/ImportApplyThread.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportPlanThread.h"
#include "import/ImportPreviewDialog.h"
#include "import/ImportUndoThread.h"
#include "io/import/CsvPreview.h"
#include "io/import/ImportPlanner.h"
#include "phone/PhoneNumbers.h"
#include "settings/Settings.h"
#include "storage/CsvMappingStore.h"
#include "storage/Database.h"
#include "storage/ImportBatchStore.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace kith {

namespace {

QString fileNames(const QStringList& files)
{
    QStringList names;
    for (const QString& file : files)
        names << QFileInfo(file).fileName();
    return QLocale().createSeparatedList(names);
}

// QProgressDialog counts in int.
void showProgress(QProgressDialog* progress, qint64 done, qint64 total)
{
    if (!progress)
        return;
    if (total <= 0) {
        progress->setRange(0, 0);
        return;
    }
    const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
    progress->setRange(0, int(total / scale));
    progress->setValue(int(qMin(done, total) / scale));
}

} // namespace

ImportController::ImportController(QWidget* window, Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
{}

ImportController::~ImportController()
{
    // The workers hold only their own connections and the clock: stop them and let them roll back.
    if (m_undoThread) {
        m_undoThread->cancel();
        m_undoThread->wait();
    }
    if (m_planThread) {
        m_planThread->cancel();
        m_planThread->wait();
    }
    // Also the ones that applied their import and are still checkpointing.
    for (ImportApplyThread* apply : findChildren<ImportApplyThread*>()) {
        apply->cancel();
        apply->wait();
    }
}

void ImportController::setDatabase(Database& database)
{
    m_database = &database;
    m_batches = std::make_unique<ImportBatchStore>(database, m_clock);
    setLastBatch(0);
}

ImportPreviewDialog* ImportController::previewDialog() const
{
    return m_preview;
}

bool ImportController::isBusy() const
{
    return m_busy;
}

bool ImportController::isImportable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard") || suffix == QLatin1String("csv");
}

QStringList ImportController::importableFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && isImportable(url.toLocalFile()))
            files << url.toLocalFile();
    }
    return files;
}

void ImportController::chooseFiles()
{
    if (m_busy) {
        Q_EMIT message(tr("An import is already in progress."));
        return;
    }
    // The folder of the last import, else Downloads (where exports from other apps land), else home: a folder
    // that does not exist would end up as the dialog's file name.
    QString folder = m_settings.value(Settings::Key::ImportFolder).toString();
    for (const QString& candidate :
         {QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), QDir::homePath()}) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            break;
        folder = candidate;
    }
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Contacts"), folder,
        tr("Contact files (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings.setValue(Settings::Key::ImportFolder, QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void ImportController::importFiles(const QStringList& files)
{
    if (!m_database)
        return;
    if (m_busy) {
        Q_EMIT message(tr("An import is already in progress."));
        return;
    }
    QStringList accepted;
    QStringList missing;
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!QFileInfo(path).isFile())
            missing << QDir::toNativeSeparators(file);
        else if (!accepted.contains(path))
            accepted << path;
    }
    if (!missing.isEmpty()) {
        MessageBox::warning(m_window, tr("Cannot Import"),
                            tr("These files cannot be found:\n%1").arg(missing.join(QLatin1Char('\n'))));
    }
    if (accepted.isEmpty())
        return;

    m_files = accepted;
    m_options = ImportOptions();
    // Phone numbers written without a country code are read in this region (empty: the locale's).
    m_options.defaultRegion = PhoneNumbers::regionFromSettings(m_settings);
    m_busy = true;
    Q_EMIT busyChanged(true);
    // A mapping page for each CSV file of no known profile, one after the other; files with the same header
    // share one. The planner reads each file with the answer for its header.
    m_mappingPages.clear();
    m_mappingPage = 0;
    for (const QString& file : std::as_const(m_files)) {
        if (!ImportPlanner::needsColumnMapping(file))
            continue;
        auto preview = CsvPreview::read(file);
        if (!preview)
            continue; // the planner reports the file's problem in the preview, with the others
        const QString signature = CsvColumnMapping::headerSignature(preview->header);
        const auto same = std::find_if(m_mappingPages.begin(), m_mappingPages.end(),
                                       [&signature](const MappingPage& page) { return page.signature == signature; });
        if (same != m_mappingPages.end())
            same->sameColumns << file;
        else
            m_mappingPages.append({file, std::move(preview).value(), signature, {}});
    }
    askNextMapping();
}

void ImportController::askNextMapping()
{
    if (m_mappingPage >= m_mappingPages.size()) {
        m_mappingPages.clear();
        startPlanning();
        return;
    }
    const MappingPage& page = m_mappingPages.at(m_mappingPage);
    // Where the user mapped a file with the same header before, the page starts from their choice.
    CsvColumnMapping mapping = CsvColumnMapping::guess(page.preview.header, page.preview.rows);
    bool remembered = false;
    if (auto found = CsvMappingStore(*m_database).find(page.preview.header); found && found->has_value()) {
        mapping = **found;
        remembered = true;
    }
    auto* dialog = new CsvMappingDialog(page.file, page.preview, mapping, remembered, m_clock, m_window);
    dialog->setPosition(int(m_mappingPage) + 1, int(m_mappingPages.size()), page.sameColumns);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_mapping = dialog;
    const QString signature = page.signature;
    connect(dialog, &QDialog::accepted, this, [this, dialog, signature] {
        m_options.csvMappings.insert(signature, dialog->mapping());
        ++m_mappingPage;
        askNextMapping();
    });
    // Nothing is read or written before the last page: Cancel on any of them is the end of the import.
    connect(dialog, &QDialog::rejected, this, [this] { finish(tr("Import cancelled: nothing was written.")); });
    dialog->open();
}

void ImportController::startPlanning()
{
    m_planThread = new ImportPlanThread(m_database->path(), m_files, m_options, this);
    auto* progress = new QProgressDialog(tr("Reading %1…").arg(fileNames(m_files)), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("importPlanProgressDialog"));
    progress->setWindowTitle(tr("Import Contacts"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    m_planProgress = progress;
    ImportPlanThread* thread = m_planThread;
    connect(progress, &QProgressDialog::canceled, thread, [thread] { thread->cancel(); });
    connect(thread, &ImportPlanThread::progressChanged, progress,
            [progress](qint64 done, qint64 total) { showProgress(progress, done, total); });
    connect(thread, &QThread::finished, progress, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &ImportController::onPlanFinished);
    Q_EMIT message(tr("Reading %1…").arg(fileNames(m_files)));
    thread->start();
}

void ImportController::onPlanFinished()
{
    ImportPlanThread* thread = std::exchange(m_planThread, nullptr);
    if (!thread)
        return;
    thread->wait();
    thread->deleteLater();
    if (m_planProgress)
        m_planProgress->hide();
    if (!thread->succeeded()) {
        if (thread->wasCancelled()) {
            finish(tr("Import cancelled: nothing was written."));
            return;
        }
        MessageBox::warning(m_window, tr("Cannot Import"), thread->error());
        finish(QString());
        return;
    }
    ImportPlan plan = thread->takePlan();
    if (plan.records.isEmpty() && plan.issues.isEmpty()) {
        MessageBox::information(m_window, tr("Import Contacts"), tr("%1 holds no contacts.").arg(fileNames(m_files)));
        finish(QString());
        return;
    }
    auto* dialog = new ImportPreviewDialog(std::move(plan), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_preview = dialog;
    connect(dialog, &ImportPreviewDialog::applyRequested, this, &ImportController::startApplying);
    connect(dialog, &QDialog::rejected, this, [this] { finish(tr("Nothing was imported.")); });
    Q_EMIT message(QString());
    dialog->open();
}

void ImportController::startApplying()
{
    if (!m_preview || m_applyThread)
        return;
    m_preview->setApplying(true);
    m_applyThread = new ImportApplyThread(m_database->path(), m_preview->plan(), m_clock, this);
    ImportApplyThread* thread = m_applyThread;
    connect(m_preview, &ImportPreviewDialog::cancelRequested, thread, [thread] { thread->cancel(); });
    connect(thread, &ImportApplyThread::progressChanged, m_preview, &ImportPreviewDialog::setProgress);
    connect(thread, &ImportApplyThread::applied, this, &ImportController::onApplyFinished);
    connect(thread, &QThread::finished, this, &ImportController::onApplyFinished); // failed or cancelled
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    Q_EMIT applyStarted(thread);
    thread->start();
}

void ImportController::onApplyFinished()
{
    // Once per import: on applied(), or on finished() when it never came.
    ImportApplyThread* thread = std::exchange(m_applyThread, nullptr);
    if (!thread)
        return;
    if (thread->succeeded()) {
        const ImportResult result = thread->result();
        setLastBatch(result.batchId);
        if (m_preview) {
            m_preview->setApplying(false);
            m_preview->disconnect(this); // closing it now is not a cancel
            m_preview->accept();
        }
        Q_EMIT databaseChanged();
        QStringList parts;
        parts << tr("Imported %Ln contact(s)", nullptr, result.added);
        if (result.merged > 0)
            parts << tr("merged %Ln", nullptr, result.merged);
        if (result.skipped > 0)
            parts << tr("skipped %Ln", nullptr, result.skipped);
        if (result.failed > 0)
            parts << tr("%Ln could not be read", nullptr, result.failed);
        finish(parts.join(QStringLiteral(", ")) + tr(". Edit > Undo Import takes it back."));
        return;
    }
    if (!m_preview) {
        finish(thread->wasCancelled() ? tr("Import cancelled: nothing was written.") : thread->error());
        return;
    }
    m_preview->setApplying(false);
    if (thread->wasCancelled()) {
        m_preview->showOutcome(tr("Cancelled: nothing was written. Import again, or close this window."));
        Q_EMIT message(tr("Import cancelled: nothing was written."));
        return;
    }
    m_preview->showOutcome(tr("Nothing was written."));
    MessageBox::warning(m_preview, tr("Cannot Import"), tr("%1\n\nNothing was written.").arg(thread->error()));
}

void ImportController::finish(const QString& text)
{
    m_files.clear();
    m_options = ImportOptions();
    m_mappingPages.clear();
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void ImportController::setLastBatch(qint64 batchId)
{
    if (m_lastBatchId == batchId)
        return;
    m_lastBatchId = batchId;
    Q_EMIT lastBatchChanged(batchId);
}

void ImportController::showHistory()
{
    if (!m_batches)
        return;
    ImportHistoryDialog dialog(*m_batches, m_window);
    m_history = &dialog;
    connect(&dialog, &ImportHistoryDialog::undoRequested, this, &ImportController::undoBatch);
    dialog.exec();
}

void ImportController::undoLastImport()
{
    if (m_lastBatchId > 0)
        undoBatch(m_lastBatchId);
}

void ImportController::undoBatch(qint64 batchId)
{
    if (!m_batches)
        return;
    QWidget* parent = m_history ? static_cast<QWidget*>(m_history.data()) : m_window;
    if (m_busy) {
        MessageBox::warning(parent, tr("Undo Import"), tr("Wait until the import in progress has finished."));
        return;
    }
    auto batch = m_batches->batch(batchId);
    if (!batch) {
        MessageBox::warning(parent, tr("Cannot Undo Import"), batch.error());
        return;
    }
    if (batch->undoneAt.isValid()) {
        MessageBox::information(parent, tr("Undo Import"), tr("This import has already been undone."));
        return;
    }
    const QString when = QLocale().toString(batch->at.toLocalTime(), QLocale::ShortFormat);
    QString text = tr("Undo the import of %1 from %2?").arg(fileNames(batch->files), when) + QStringLiteral("\n\n");
    if (batch->added > 0)
        text += tr("The %Ln contact(s) it added will be deleted.", nullptr, batch->added) + QLatin1Char(' ');
    if (batch->merged > 0)
        text += tr("The %Ln contact(s) it merged into go back to how they were before.", nullptr, batch->merged);
    const auto answer = MessageBox::question(parent, tr("Undo Import"), text.trimmed());
    if (answer != QMessageBox::Yes)
        return;
    m_busy = true;
    Q_EMIT busyChanged(true);
    m_undoing = *batch;
    m_undoThread =
        new ImportUndoThread(m_database->path(), batchId, PhoneNumbers::regionFromSettings(m_settings), m_clock, this);
    auto* progress =
        new QProgressDialog(tr("Undoing the import of %1…").arg(fileNames(batch->files)), tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("importUndoProgressDialog"));
    progress->setWindowTitle(tr("Undo Import"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    ImportUndoThread* thread = m_undoThread;
    connect(progress, &QProgressDialog::canceled, thread, [thread] { thread->cancel(); });
    connect(m_undoThread, &QThread::finished, progress, &QObject::deleteLater);
    connect(m_undoThread, &QThread::finished, this, &ImportController::onUndoFinished);
    m_undoThread->start();
}

void ImportController::onUndoFinished()
{
    ImportUndoThread* thread = std::exchange(m_undoThread, nullptr);
    if (!thread)
        return;
    thread->wait();
    thread->deleteLater();
    m_busy = false;
    Q_EMIT busyChanged(false);
    // Written through the worker's connection: the batch list here learns it by asking again.
    if (m_history)
        m_history->refresh();
    QWidget* parent = m_history ? static_cast<QWidget*>(m_history.data()) : m_window;
    if (thread->wasCancelled()) {
        Q_EMIT message(tr("Undo cancelled: the import is as it was."));
        return;
    }
    if (!thread->succeeded()) {
        MessageBox::warning(parent, tr("Cannot Undo Import"), thread->error());
        return;
    }
    if (thread->batchId() == m_lastBatchId)
        setLastBatch(0);
    Q_EMIT databaseChanged();
    QStringList parts;
    if (m_undoing.added > 0)
        parts << tr("removed %Ln contact(s)", nullptr, m_undoing.added);
    if (m_undoing.merged > 0)
        parts << tr("restored %Ln merged contact(s)", nullptr, m_undoing.merged);
    Q_EMIT message(parts.isEmpty() ? tr("Import undone.")
                                   : tr("Import undone: %1.").arg(parts.join(QStringLiteral(", "))));
}

} // namespace kith
