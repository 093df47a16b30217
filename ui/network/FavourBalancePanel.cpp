#include "network/FavourBalancePanel.h"

#include "domain/Favour.h"
#include "storage/FavourStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kith {

FavourBalancePanel::FavourBalancePanel(FavourStore& favours, QWidget* parent)
    : QWidget(parent)
    , m_favours(favours)
{
    setObjectName(QStringLiteral("favourBalancePanel"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("favourBalanceLabel"));
    m_label->setWordWrap(true);
    m_label->setToolTip(tr("Favours you did for them and they did for you"));
    m_logButton = new QPushButton(tr("Log Favour…"), this);
    m_logButton->setObjectName(QStringLiteral("logFavourButton"));
    m_logButton->setToolTip(tr("Note a favour you did for them, or one they did for you"));
    connect(m_logButton, &QPushButton::clicked, this, [this] { Q_EMIT logFavourRequested(m_contactId); });
    m_listButton = new QPushButton(tr("Favours…"), this);
    m_listButton->setObjectName(QStringLiteral("showFavoursButton"));
    m_listButton->setToolTip(tr("See, and delete, the favours between you"));
    connect(m_listButton, &QPushButton::clicked, this, [this] { Q_EMIT favoursRequested(m_contactId); });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_logButton, 0, Qt::AlignTop);
    layout->addWidget(m_listButton, 0, Qt::AlignTop);
    connect(&m_favours, &FavourStore::favoursChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_contactId))
            refresh();
    });
}

void FavourBalancePanel::showContact(qint64 contactId, const QString& name)
{
    m_contactId = contactId;
    m_name = name;
    refresh();
}

QString FavourBalancePanel::text() const
{
    return m_label->text();
}

void FavourBalancePanel::refresh()
{
    const auto balance = m_contactId ? m_favours.balance(m_contactId) : Result<FavourBalance>(FavourBalance{});
    if (!balance) {
        m_label->setText(balance.error());
        return;
    }
    m_label->setText(favourBalanceText(m_name, *balance));
    m_listButton->setVisible(balance->given + balance->received > 0);
}

} // namespace kith
