#include "reminders/DesktopIntegration.h"

#include "widgets/AppResources.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace kith {

DesktopIntegration::DesktopIntegration(QObject* parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    initAppResources();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* open = m_menu->addAction(tr("&Open Kith"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &DesktopIntegration::openRequested);
    QAction* add = m_menu->addAction(tr("&Add Contact…"));
    add->setObjectName(QStringLiteral("trayAddContactAction"));
    connect(add, &QAction::triggered, this, &DesktopIntegration::addContactRequested);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &DesktopIntegration::quitRequested);

    m_trayIcon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/kith.svg")), this);
    m_trayIcon->setToolTip(tr("Kith"));
    m_trayIcon->setContextMenu(m_menu);
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &DesktopIntegration::notificationClicked);
    m_trayIcon->show();
}

DesktopIntegration::~DesktopIntegration()
{
    // The menu has no parent widget (a tray menu must not be owned by the window it raises).
    m_trayIcon->setContextMenu(nullptr);
    delete m_menu;
}

bool DesktopIntegration::isTrayIconVisible() const
{
    return m_trayIcon->isVisible();
}

void DesktopIntegration::showNotification(const QString& title, const QString& text)
{
    m_trayIcon->showMessage(title, text, m_trayIcon->icon());
}

} // namespace kith
