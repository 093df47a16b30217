#include "import/ImportPreviewDialog.h"

#include "import/ImportActionDelegate.h"
#include "import/ImportPreviewFilterModel.h"
#include "import/ImportPreviewModel.h"
#include "widgets/RecordTableView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith {

namespace {

QString fileList(const QStringList& files)
{
    QStringList names;
    for (const QString& file : files)
        names << QFileInfo(file).fileName();
    return names.join(QStringLiteral(", "));
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(ImportPlan plan, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import Contacts"));
    setSizeGripEnabled(true);

    const QStringList files = plan.files;
    m_model = new ImportPreviewModel(std::move(plan), this);
    m_filter = new ImportPreviewFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);

    auto* filesLabel =
        new QLabel(tr("From %1. Nothing is written until you choose Import.").arg(fileList(files)), this);
    filesLabel->setObjectName(QStringLiteral("importFilesLabel"));
    filesLabel->setWordWrap(true);
    filesLabel->setToolTip(QDir::toNativeSeparators(files.join(QLatin1Char('\n'))));
    QPalette dim = filesLabel->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    filesLabel->setPalette(dim);

    m_filterCombo = new QComboBox(this);
    m_filterCombo->setObjectName(QStringLiteral("importFilterCombo"));
    m_filterCombo->setToolTip(tr("Show only some of the records"));
    using Filter = ImportPreviewFilterModel::Filter;
    m_filterCombo->addItem(tr("All records"), int(Filter::All));
    m_filterCombo->addItem(tr("New contacts"), int(Filter::Add));
    m_filterCombo->addItem(tr("Merges"), int(Filter::Merge));
    m_filterCombo->addItem(tr("Skipped"), int(Filter::Skip));
    m_filterCombo->addItem(tr("Duplicates in the files"), int(Filter::Duplicates));
    m_filterCombo->addItem(tr("Differing values"), int(Filter::Conflicts));
    m_filterCombo->addItem(tr("With warnings"), int(Filter::Warnings));
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFilter(Filter(m_filterCombo->currentData().toInt())); });
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filterCombo);

    auto makeButton = [this](const QString& text, const char* objectName, const QString& toolTip, ImportAction action) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setToolTip(toolTip);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action] { setSelectedAction(int(action)); });
        return button;
    };
    m_addButton =
        makeButton(tr("Add as &New"), "importAddAsNewButton",
                   tr("Add the selected records as new contacts, even where they match one"), ImportAction::Add);
    m_mergeButton = makeButton(tr("&Merge"), "importMergeButton",
                               tr("Merge the selected records into the contacts they match"), ImportAction::Merge);
    m_skipButton = makeButton(tr("S&kip"), "importSkipButton", tr("Leave the selected records out of the import"),
                              ImportAction::Skip);

    auto* tools = new QHBoxLayout;
    tools->addWidget(filterLabel);
    tools->addWidget(m_filterCombo);
    tools->addStretch(1);
    tools->addWidget(new QLabel(tr("Selected records:"), this));
    tools->addWidget(m_addButton);
    tools->addWidget(m_mergeButton);
    tools->addWidget(m_skipButton);

    m_table = new RecordTableView(QAbstractItemView::ExtendedSelection, this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setModel(m_filter);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegateForColumn(ImportPreviewModel::Action, new ImportActionDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSortIndicator(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_table->setSortingEnabled(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 28;
    };
    header->resizeSection(ImportPreviewModel::Action, width(tr("Add as new")) + 8);
    header->resizeSection(ImportPreviewModel::Name, width(QStringLiteral("Margaret Hamilton")));
    header->resizeSection(ImportPreviewModel::Emails, width(QStringLiteral("margaret@example.com")));
    header->resizeSection(ImportPreviewModel::Phones, width(QStringLiteral("+44 20 7946 0958")));
    header->resizeSection(ImportPreviewModel::Match, width(QStringLiteral("Margaret Hamilton (same email)")));
    header->resizeSection(
        ImportPreviewModel::Source,
        width(files.size() == 1 ? tr("line %1").arg(12345) : QStringLiteral("contacts.vcf, line 1234")));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportPreviewDialog::updateSelectionButtons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(createProblems());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    if (m_problemsModel->rowCount() > 0) // room for a few problems without scrolling
        m_problems->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 0);
    m_progressLabel->hide();
    m_progress->hide();
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without importing anything"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_applying)
            Q_EMIT applyRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(filesLabel);
    layout->addSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);

    connect(m_model, &ImportPreviewModel::countsChanged, this, &ImportPreviewDialog::updateSummary);
    updateSummary();
    updateSelectionButtons();
    resize(1180, 640);
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

const ImportPlan& ImportPreviewDialog::plan() const
{
    return m_model->plan();
}

QWidget* ImportPreviewDialog::createProblems()
{
    const ImportPlan& plan = m_model->plan();
    m_problemsModel = new QStandardItemModel(0, 4, this);
    m_problemsModel->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Problem"), tr("Effect")});
    auto addRow = [this](const QString& file, int line, const QString& reason, const QString& effect) {
        auto* fileItem = new QStandardItem(QFileInfo(file).fileName());
        fileItem->setToolTip(QDir::toNativeSeparators(file));
        auto* lineItem = new QStandardItem;
        lineItem->setData(line > 0 ? QVariant(line) : QVariant(tr("whole file")), Qt::DisplayRole);
        auto* reasonItem = new QStandardItem(reason);
        reasonItem->setToolTip(reason);
        m_problemsModel->appendRow({fileItem, lineItem, reasonItem, new QStandardItem(effect)});
    };
    for (const ImportIssue& issue : plan.issues)
        addRow(issue.file, issue.line, issue.reason, issue.lostRecord ? tr("Not imported") : tr("Read anyway"));
    for (const PlannedImport& planned : plan.records) {
        for (const QString& warning : planned.record.warnings)
            addRow(planned.record.file, planned.record.line, warning, tr("Imported"));
    }

    m_problems = new QGroupBox(this);
    m_problems->setObjectName(QStringLiteral("importProblemsBox"));
    const int count = m_problemsModel->rowCount();
    m_problems->setTitle(count == 0 ? tr("No problems found") : tr("Problems (%1)").arg(QLocale().toString(count)));
    auto* view = new RecordTableView(QAbstractItemView::ExtendedSelection, m_problems);
    view->setObjectName(QStringLiteral("importProblemsTable"));
    view->setModel(m_problemsModel);
    view->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics metrics = view->fontMetrics();
    view->horizontalHeader()->resizeSection(0, metrics.horizontalAdvance(QStringLiteral("contacts-export.vcf")) + 24);
    view->horizontalHeader()->resizeSection(1, metrics.horizontalAdvance(tr("whole file")) + 24);
    view->horizontalHeader()->resizeSection(2, metrics.horizontalAdvance(QLatin1Char('m')) * 60);
    auto* layout = new QVBoxLayout(m_problems);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view);
    view->setVisible(count > 0);
    if (count == 0)
        m_problems->setFlat(true);
    return m_problems;
}

void ImportPreviewDialog::updateSummary()
{
    const ImportPlan& plan = m_model->plan();
    int merges = 0;
    for (const PlannedImport& planned : plan.records) {
        if (planned.action == ImportAction::Merge && planned.duplicateOf < 0)
            ++merges;
    }
    const int added = plan.count(ImportAction::Add);
    const int skipped = plan.count(ImportAction::Skip);
    const int duplicates = plan.duplicates();
    const int failed = plan.failed();
    // "Label: count" rather than "%n things": it reads right for any count in any language.
    auto part = [](const QString& label, int count, bool alarm = false) {
        return alarm && count > 0
                   ? QStringLiteral("%1: <b style=\"color:#b03a2e\">%2</b>").arg(label, QLocale().toString(count))
                   : QStringLiteral("%1: <b>%2</b>").arg(label, QLocale().toString(count));
    };
    QStringList parts;
    parts << part(tr("New"), added);
    parts << part(tr("To merge into existing contacts"), merges);
    parts << part(tr("Duplicates in the file"), duplicates);
    if (skipped > 0)
        parts << part(tr("Skipped"), skipped);
    parts << part(tr("With problems"), failed, true);
    m_summary->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    const int writes = added + plan.count(ImportAction::Merge);
    m_importButton->setText(writes > 0 ? tr("&Import %Ln Contact(s)", nullptr, writes) : tr("&Import"));
    m_importButton->setEnabled(writes > 0 && !m_applying);
    m_importButton->setToolTip(writes > 0 ? tr("Write the new and merged contacts in one go; it can be undone")
                                          : tr("Every record is skipped: there is nothing to import"));
}

QList<int> ImportPreviewDialog::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex& index : selected)
        rows << m_filter->mapToSource(index).row();
    return rows;
}

void ImportPreviewDialog::setSelectedAction(int action)
{
    m_model->setAction(selectedRows(), ImportAction(action));
    updateSelectionButtons();
}

void ImportPreviewDialog::updateSelectionButtons()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    bool anyMergeable = false;
    for (const QModelIndex& index : selected)
        anyMergeable = anyMergeable || index.data(ImportPreviewModel::CanMergeRole).toBool();
    const bool enabled = !selected.isEmpty() && !m_applying;
    m_addButton->setEnabled(enabled);
    m_mergeButton->setEnabled(enabled && anyMergeable);
    m_skipButton->setEnabled(enabled);
}

void ImportPreviewDialog::setApplying(bool applying)
{
    m_applying = applying;
    m_cancelling = false;
    m_table->setEditTriggers(applying ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                            QAbstractItemView::EditKeyPressed);
    m_filterCombo->setEnabled(true);
    m_progress->setVisible(applying);
    m_progressLabel->setVisible(applying);
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Importing… Cancel writes nothing."));
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setEnabled(true);
    cancel->setToolTip(applying ? tr("Stop the import: nothing is written") : tr("Close without importing anything"));
    updateSummary();
    updateSelectionButtons();
}

void ImportPreviewDialog::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // QProgressBar counts in int: scale large totals down.
    const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(qMin(done, total) / scale));
}

void ImportPreviewDialog::showOutcome(const QString& text)
{
    m_progress->hide();
    m_progressLabel->setText(text);
    m_progressLabel->setVisible(!text.isEmpty());
}

void ImportPreviewDialog::reject()
{
    if (!m_applying) {
        QDialog::reject();
        return;
    }
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_progressLabel->setText(tr("Cancelling… nothing is written."));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    Q_EMIT cancelRequested();
}

} // namespace kith
