#include "import/ImportHistoryDialog.h"

#include "import/ImportBatchModel.h"
#include "widgets/RecordTableView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith {

ImportHistoryDialog::ImportHistoryDialog(ImportBatchStore& store, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    setSizeGripEnabled(true);

    m_model = new ImportBatchModel(store, this);

    auto* intro = new QLabel(tr("Undoing an import removes the contacts it added and puts the contacts it merged "
                                "into back as they were."),
                             this);
    intro->setWordWrap(true);

    m_table = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setModel(m_model);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(ImportBatchModel::When,
                          metrics.horizontalAdvance(QStringLiteral("12/31/2026 12:59 PM")) + 24);
    header->resizeSection(ImportBatchModel::Files,
                          metrics.horizontalAdvance(QStringLiteral("google-contacts.csv, work.vcf")) + 24);
    for (int column :
         {ImportBatchModel::Added, ImportBatchModel::Merged, ImportBatchModel::Skipped, ImportBatchModel::Failed})
        header->resizeSection(column,
                              qMax(metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()),
                                   metrics.horizontalAdvance(QStringLiteral("00000"))) +
                                  28);

    m_empty = new QLabel(tr("Nothing has been imported into this database yet. Drop a .vcf or .csv file on the "
                            "window, or choose File > Import Contacts."),
                         this);
    m_empty->setObjectName(QStringLiteral("importHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_undoButton = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("undoImportButton"));
    m_undoButton->setToolTip(tr("Remove the contacts the selected import added and restore the ones it merged into"));
    m_undoButton->setAutoDefault(false);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBatchId(); id > 0)
            Q_EMIT undoRequested(id);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportHistoryDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    resize(860, 340);
}

ImportHistoryDialog::~ImportHistoryDialog() = default;

bool ImportHistoryDialog::selectBatch(qint64 batchId)
{
    const int row = m_model->rowOf(batchId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void ImportHistoryDialog::refresh()
{
    const qint64 selected = selectedBatchId();
    m_model->refresh();
    if (!selectBatch(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 ImportHistoryDialog::selectedBatchId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ImportBatchModel::BatchIdRole).toLongLong();
}

void ImportHistoryDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (!m_model->error().isEmpty()) {
        m_empty->setText(m_model->error());
        m_empty->show();
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool standing = !rows.isEmpty() && !rows.constFirst().data(ImportBatchModel::UndoneRole).toBool();
    m_undoButton->setEnabled(standing);
}

} // namespace kith
