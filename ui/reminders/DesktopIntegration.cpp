#include "reminders/DesktopIntegration.h"

#include "domain/Clock.h"
#include "reminders/DueText.h"
#include "reminders/SnoozeMenu.h"
#include "widgets/AppResources.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace kith {

namespace {

std::optional<bool> s_trayAvailableOverride;

constexpr int NotificationLines = 5;

QIcon trayIconFor(bool due)
{
    return QIcon(due ? QStringLiteral(":/icons/kith-due.svg") : QStringLiteral(":/icons/kith.svg"));
}

} // namespace

DesktopIntegration::DesktopIntegration(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_menu(new QMenu)
{
    initAppResources();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setToolTipsVisible(true);
    QAction* open = m_menu->addAction(tr("&Open Kith"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &DesktopIntegration::openRequested);
    m_firstFixedAction = open;
    QAction* add = m_menu->addAction(tr("&Add Contact…"));
    add->setObjectName(QStringLiteral("trayAddContactAction"));
    connect(add, &QAction::triggered, this, &DesktopIntegration::addContactRequested);
    QAction* log = m_menu->addAction(tr("&Log Interaction…"));
    log->setObjectName(QStringLiteral("trayLogInteractionAction"));
    connect(log, &QAction::triggered, this, &DesktopIntegration::logInteractionRequested);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &DesktopIntegration::quitRequested);

    m_trayIcon = new QSystemTrayIcon(trayIconFor(false), this);
    m_trayIcon->setToolTip(tr("Kith"));
    m_trayIcon->setContextMenu(m_menu);
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &DesktopIntegration::onMessageClicked);
    m_trayIcon->show();
}

DesktopIntegration::~DesktopIntegration()
{
    // The menu has no parent widget (a tray menu must not be owned by the window it raises).
    m_trayIcon->setContextMenu(nullptr);
    delete m_menu;
}

bool DesktopIntegration::isTrayAvailable() const
{
    if (s_trayAvailableOverride)
        return *s_trayAvailableOverride;
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void DesktopIntegration::setTrayAvailableForTesting(std::optional<bool> available)
{
    s_trayAvailableOverride = available;
}

bool DesktopIntegration::isTrayIconVisible() const
{
    return m_trayIcon->isVisible();
}

void DesktopIntegration::setDueItems(const QList<DueItem>& items)
{
    if (items == m_dueItems)
        return;
    const bool wasDue = !m_dueItems.isEmpty();
    m_dueItems = items;
    if (wasDue != !m_dueItems.isEmpty())
        m_trayIcon->setIcon(trayIconFor(!m_dueItems.isEmpty()));
    m_trayIcon->setToolTip(m_dueItems.isEmpty() ? tr("Kith") : tr("Kith — %n due", nullptr, int(m_dueItems.size())));
    rebuildDueMenu();
}

void DesktopIntegration::setMorning(QTime morning)
{
    if (morning.isValid() && morning != m_morning) {
        m_morning = morning;
        rebuildDueMenu();
    }
}

void DesktopIntegration::rebuildDueMenu()
{
    // Later, not now: this may run from one of these very actions' triggered().
    for (QAction* action : std::as_const(m_dueActions)) {
        m_menu->removeAction(action);
        if (QMenu* sub = action->menu())
            sub->deleteLater();
        else
            action->deleteLater();
    }
    m_dueActions.clear();
    if (m_dueItems.isEmpty())
        return;

    QList<QAction*> actions;
    QAction* header = new QAction(tr("Due now (%1)").arg(m_dueItems.size()), m_menu);
    header->setObjectName(QStringLiteral("trayDueHeader"));
    header->setEnabled(false);
    actions << header;
    for (qsizetype i = 0; i < m_dueItems.size() && i < MaxMenuItems; ++i) {
        const DueItem item = m_dueItems.at(i);
        auto* sub = new QMenu(DueText::title(item), m_menu);
        sub->setObjectName(QStringLiteral("trayDueMenu"));
        sub->setToolTipsVisible(true);
        sub->menuAction()->setObjectName(QStringLiteral("trayDueItem"));
        sub->menuAction()->setData(item.contactId);
        sub->menuAction()->setToolTip(DueText::context(item, m_clock.now()));

        QAction* done = sub->addAction(tr("&Done"));
        done->setObjectName(QStringLiteral("trayDoneAction"));
        done->setToolTip(tr("Mark this as done"));
        connect(done, &QAction::triggered, this, [this, item] { Q_EMIT doneRequested(item); });

        auto* snooze = new SnoozeMenu(m_clock, false, sub);
        snooze->setMorning(m_morning);
        sub->addMenu(snooze);
        connect(snooze, &SnoozeMenu::snoozeChosen, this,
                [this, item](const QDateTime& until) { Q_EMIT snoozeRequested(item, until); });

        QAction* open = sub->addAction(tr("&Open"));
        open->setObjectName(QStringLiteral("trayOpenContactAction"));
        open->setToolTip(tr("Show this contact in Kith"));
        const qint64 contactId = item.contactId;
        connect(open, &QAction::triggered, this, [this, contactId] { Q_EMIT contactRequested(contactId); });
        actions << sub->menuAction();
    }
    if (m_dueItems.size() > MaxMenuItems) {
        QAction* more = new QAction(tr("And %n more…", nullptr, int(m_dueItems.size() - MaxMenuItems)), m_menu);
        more->setObjectName(QStringLiteral("trayMoreDueAction"));
        connect(more, &QAction::triggered, this, &DesktopIntegration::dueListRequested);
        actions << more;
    }
    QAction* separator = new QAction(m_menu);
    separator->setSeparator(true);
    actions << separator;
    m_menu->insertActions(m_firstFixedAction, actions);
    m_dueActions = actions;
}

bool DesktopIntegration::showNotification(const QString& title, const QString& text, qint64 contactId)
{
    m_lastTitle = title;
    m_lastText = text;
    m_lastContactId = contactId;
    m_lastWasList = false;
    if (!isTrayAvailable())
        return false;
    m_trayIcon->showMessage(title, text, m_trayIcon->icon());
    return true;
}

QString DesktopIntegration::dueTitle(const QList<DueItem>& items) const
{
    if (items.size() == 1)
        return DueText::title(items.constFirst());
    return tr("%n reminder(s) due", nullptr, int(items.size()));
}

QString DesktopIntegration::dueText(const QList<DueItem>& items) const
{
    if (items.size() == 1)
        return DueText::context(items.constFirst(), m_clock.now());
    return DueText::list(items, NotificationLines);
}

QString DesktopIntegration::missedTitle(const QList<DueItem>& items) const
{
    return tr("%n reminder(s) came due while Kith was closed", nullptr, int(items.size()));
}

bool DesktopIntegration::notifyDue(const QList<DueItem>& items)
{
    if (items.isEmpty())
        return true;
    const bool shown =
        showNotification(dueTitle(items), dueText(items), items.size() == 1 ? items.constFirst().contactId : 0);
    m_lastWasList = items.size() > 1;
    return shown;
}

bool DesktopIntegration::notifyMissed(const QList<DueItem>& items)
{
    if (items.isEmpty())
        return true;
    const bool shown = showNotification(missedTitle(items), DueText::list(items, NotificationLines),
                                        items.size() == 1 ? items.constFirst().contactId : 0);
    m_lastWasList = items.size() > 1;
    return shown;
}

void DesktopIntegration::onMessageClicked()
{
    Q_EMIT notificationClicked();
    if (m_lastContactId > 0)
        Q_EMIT contactRequested(m_lastContactId);
    else if (m_lastWasList)
        Q_EMIT dueListRequested();
    else
        Q_EMIT openRequested();
}

} // namespace kith
