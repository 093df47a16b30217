#include "reminders/SnoozeMenu.h"

#include "domain/Clock.h"
#include "reminders/SnoozeDialog.h"

namespace kith {

SnoozeMenu::SnoozeMenu(const Clock& clock, bool withCustom, QWidget* parent)
    : QMenu(tr("&Snooze"), parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("snoozeMenu"));
    setToolTipsVisible(true);
    menuAction()->setObjectName(QStringLiteral("snoozeMenuAction"));
    menuAction()->setToolTip(tr("Be reminded again later"));
    struct Entry {
        const char* objectName;
        QString text;
        Choice choice;
    };
    const Entry entries[] = {{"snoozeHourAction", tr("For 1 &hour"), Choice::OneHour},
                             {"snoozeTomorrowAction", tr("Until &tomorrow"), Choice::Tomorrow},
                             {"snoozeWeekAction", tr("Until &next week"), Choice::NextWeek}};
    for (const Entry& entry : entries) {
        QAction* action = addAction(entry.text);
        action->setObjectName(QString::fromLatin1(entry.objectName));
        const Choice choice = entry.choice;
        connect(action, &QAction::triggered, this,
                [this, choice] { Q_EMIT snoozeChosen(until(choice, m_clock.now(), m_morning)); });
    }
    if (withCustom) {
        addSeparator();
        QAction* custom = addAction(tr("&Custom…"));
        custom->setObjectName(QStringLiteral("snoozeCustomAction"));
        custom->setToolTip(tr("Choose the date and time to be reminded again"));
        connect(custom, &QAction::triggered, this, &SnoozeMenu::chooseCustom);
    }
}

QDateTime SnoozeMenu::until(Choice choice, const QDateTime& now, QTime morning)
{
    const QDate today = now.toLocalTime().date();
    switch (choice) {
    case Choice::OneHour:
        return now.addSecs(3600).toUTC();
    case Choice::Tomorrow:
        return QDateTime(today.addDays(1), morning).toUTC();
    case Choice::NextWeek:
        // Monday of next week, in the morning.
        return QDateTime(today.addDays(8 - today.dayOfWeek()), morning).toUTC();
    }
    return now.toUTC();
}

void SnoozeMenu::chooseCustom()
{
    SnoozeDialog dialog(m_clock, parentWidget() ? parentWidget()->window() : nullptr);
    dialog.setUntil(until(Choice::Tomorrow, m_clock.now(), m_morning));
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT snoozeChosen(dialog.until());
}

} // namespace kith
