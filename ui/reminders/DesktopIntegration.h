#pragma once

#include "reminders/DueItem.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace kith {

class Clock;

// Kith's one door to the desktop shell: owns the system-tray icon and its menu and shows
// notifications. The window and the reminder scheduler talk to this, never to the tray.
// The menu lists what is due (Done, Snooze, Open for each), then Open Kith, Add contact,
// Log interaction and Quit; the icon shows a dot while something is due.
class DesktopIntegration final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    static constexpr int MaxMenuItems = 8;

    explicit DesktopIntegration(const Clock& clock, QObject* parent = nullptr);
    ~DesktopIntegration() override;

    // Whether the desktop has a system tray (and so whether notifications can be shown).
    bool isTrayAvailable() const;
    bool isTrayIconVisible() const;
    QSystemTrayIcon* trayIcon() const { return m_trayIcon; }
    QMenu* menu() const { return m_menu; }

    // What is due now; the menu and the icon follow.
    void setDueItems(const QList<DueItem>& items);
    const QList<DueItem>& dueItems() const { return m_dueItems; }
    bool showsDueIcon() const { return !m_dueItems.isEmpty(); }
    // Tomorrow and next week in the Snooze menus start at this time.
    void setMorning(QTime morning);

    // Shows a message from the tray; clicking it opens `contactId` (0: the window).
    // Returns false when there is no tray to show it (the caller shows it some other way).
    bool showNotification(const QString& title, const QString& text, qint64 contactId = 0);
    // Newly due items: one names who and what, with context; several are listed.
    bool notifyDue(const QList<DueItem>& items);
    // What fell due while Kith was not running, once at start.
    bool notifyMissed(const QList<DueItem>& items);
    // Title and text of a due or missed notification, also for the in-window banner.
    QString dueTitle(const QList<DueItem>& items) const;
    QString dueText(const QList<DueItem>& items) const;
    QString missedTitle(const QList<DueItem>& items) const;

    // Test seams: the bubble cannot be read back, so the last one is remembered; and the tray's
    // availability can be forced for the one test of the in-window fallback.
    QString lastNotificationTitle() const { return m_lastTitle; }
    QString lastNotificationText() const { return m_lastText; }
    static void setTrayAvailableForTesting(std::optional<bool> available);

Q_SIGNALS:
    // The user asked to see the window (tray click or "Open Kith").
    void openRequested();
    void addContactRequested();
    void logInteractionRequested();
    void quitRequested();
    // The user clicked a notification.
    void notificationClicked();
    // Show this contact (a notification about it was clicked, or Open in its menu).
    void contactRequested(qint64 contactId);
    // Show the list of everything due ("and 3 more…", or a notification about several).
    void dueListRequested();
    void doneRequested(const kith::DueItem& item);
    void snoozeRequested(const kith::DueItem& item, const QDateTime& until);

private:
    void rebuildDueMenu();
    void onMessageClicked();

    const Clock& m_clock;
    QMenu* m_menu = nullptr;
    QSystemTrayIcon* m_trayIcon = nullptr;
    QAction* m_firstFixedAction = nullptr;
    QList<QAction*> m_dueActions; // the due part of the menu, rebuilt as it changes
    QList<DueItem> m_dueItems;
    QTime m_morning{9, 0};
    QString m_lastTitle;
    QString m_lastText;
    qint64 m_lastContactId = 0;
    bool m_lastWasList = false;
};

} // namespace kith
