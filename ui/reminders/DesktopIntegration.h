#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace kith {

// Kith's one door to the desktop shell: owns the system-tray icon and its menu and shows
// notifications. The window and, later, the reminder scheduler talk to this, never to the tray.
class DesktopIntegration final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    explicit DesktopIntegration(QObject* parent = nullptr);
    ~DesktopIntegration() override;

    bool isTrayIconVisible() const;
    QSystemTrayIcon* trayIcon() const { return m_trayIcon; }
    QMenu* menu() const { return m_menu; }

    void showNotification(const QString& title, const QString& text);

Q_SIGNALS:
    // The user asked to see the window (tray click or "Open Kith").
    void openRequested();
    void addContactRequested();
    void quitRequested();
    // The user clicked a notification.
    void notificationClicked();

private:
    QMenu* m_menu = nullptr;
    QSystemTrayIcon* m_trayIcon = nullptr;
};

} // namespace kith
