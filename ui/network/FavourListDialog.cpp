#include "network/FavourListDialog.h"

#include "network/FavourListModel.h"
#include "storage/FavourStore.h"
#include "widgets/RecordTableView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith {

FavourListDialog::FavourListDialog(FavourStore& favours, qint64 contactId, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_favours(favours)
    , m_contactId(contactId)
    , m_name(name)
{
    setObjectName(QStringLiteral("favourListDialog"));
    setWindowTitle(tr("Favours with %1").arg(name));
    m_model = new FavourListModel(favours, this);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("favourListBalance"));
    m_balance->setWordWrap(true);
    m_table = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("favourTable"));
    m_table->setModel(m_model);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(FavourListModel::Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FavourListModel::Direction, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FavourListModel::What, QHeaderView::Stretch);
    header->setSectionResizeMode(FavourListModel::Notes, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* logButton = buttons->addButton(tr("&Log Favour…"), QDialogButtonBox::ActionRole);
    logButton->setObjectName(QStringLiteral("favourListLogButton"));
    connect(logButton, &QPushButton::clicked, this, [this] { Q_EMIT logFavourRequested(m_contactId); });
    m_editButton = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_editButton->setObjectName(QStringLiteral("favourListEditButton"));
    m_editButton->setToolTip(tr("Change the chosen favour (Edit > Undo changes it back)"));
    const auto editCurrent = [this] {
        if (const Favour* f = m_model->favourAt(m_table->currentIndex().row()))
            Q_EMIT editRequested(Favour(*f));
    };
    connect(m_editButton, &QPushButton::clicked, this, editCurrent);
    connect(m_table, &QAbstractItemView::doubleClicked, this, editCurrent);
    m_deleteButton = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    m_deleteButton->setObjectName(QStringLiteral("favourListDeleteButton"));
    m_deleteButton->setToolTip(tr("Delete the chosen favour (Edit > Undo brings it back)"));
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        // A copy: deleting it reloads the model, which would leave a reference into it dangling.
        if (const Favour* f = m_model->favourAt(m_table->currentIndex().row()))
            Q_EMIT deleteRequested(Favour(*f));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_balance);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(&m_favours, &FavourStore::favoursChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_contactId))
            refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_deleteButton->setEnabled(m_table->currentIndex().isValid());
        m_editButton->setEnabled(m_table->currentIndex().isValid());
    });
    resize(560, 360);
    refresh();
}

void FavourListDialog::refresh()
{
    m_model->setContactId(m_contactId);
    if (auto balance = m_favours.balance(m_contactId))
        m_balance->setText(favourBalanceText(m_name, *balance));
    m_deleteButton->setEnabled(m_table->currentIndex().isValid());
    m_editButton->setEnabled(m_table->currentIndex().isValid());
}

} // namespace kith
