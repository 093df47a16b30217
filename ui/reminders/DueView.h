#pragma once

#include "domain/Result.h"
#include "reminders/DueItem.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kith {

class Clock;
class DueModel;
class ReminderActions;
class SnoozeMenu;

// The "Due" page: who to get in touch with today and this week, with one click to log an
// interaction, snooze, skip this time (cadence), mark done or dismiss.
class DueView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueView)

public:
    DueView(DueModel& model, ReminderActions& actions, const Clock& clock, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // The item of the current row, if a row is current.
    std::optional<DueItem> currentItem() const;
    bool selectContact(qint64 contactId);
    void setMorning(QTime morning);

    void done();
    void dismiss();
    void skip();
    void snooze(const QDateTime& until);

Q_SIGNALS:
    void logInteractionRequested(qint64 contactId);
    // The current row's contact (0 when none), for the detail pane.
    void currentContactChanged(qint64 contactId);
    // Double-click: show the contact in the contacts table.
    void contactActivated(qint64 contactId);
    // Something was done to an item; `message` says what, for the status bar.
    void acted(const QString& message);

private:
    void onModelAboutToReset();
    void onModelReset();
    void updateState();
    // Runs an action on the current item and keeps the selection in place for the next one.
    void act(const std::function<Status(const DueItem&)>& action, const QString& doneMessage);

    DueModel& m_model;
    ReminderActions& m_actions;
    const Clock& m_clock;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QToolButton* m_logButton = nullptr;
    QToolButton* m_snoozeButton = nullptr;
    QToolButton* m_skipButton = nullptr;
    QToolButton* m_doneButton = nullptr;
    QToolButton* m_dismissButton = nullptr;
    SnoozeMenu* m_snoozeMenu = nullptr;
    QString m_currentKeyBeforeReset;
    int m_currentRowBeforeReset = -1;
};

} // namespace kith
