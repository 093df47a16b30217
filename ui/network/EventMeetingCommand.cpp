#include "network/EventMeetingCommand.h"

#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

EventMeetingCommand::EventMeetingCommand(Database& database, const Clock& clock, ContactStore& contacts,
                                         ReminderStore& reminders, EventStore& events, const RecordedMeeting& recorded,
                                         QWidget* errorParent)
    : QUndoCommand(
          QCoreApplication::translate("kith::EventMeetingCommand", "Add People Met at “%1”").arg(recorded.event.name))
    , m_recorder(database, clock, contacts, reminders, events)
    , m_recorded(recorded)
    , m_errorParent(errorParent)
{}

void EventMeetingCommand::fail(const char* title, const QString& error)
{
    // The title may not show (no window manager, some desktops): the text says what happened too.
    MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::EventMeetingCommand", title),
                        QCoreApplication::translate("kith::EventMeetingCommand", "Nothing was changed. %1").arg(error));
    setObsolete(true);
}

void EventMeetingCommand::undo()
{
    if (auto s = m_recorder.takeBack(m_recorded); !s)
        fail(QT_TRANSLATE_NOOP("kith::EventMeetingCommand", "Cannot Undo Adding the People You Met"), s.error());
}

void EventMeetingCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    // The new contacts come back with new ids: keep what is stored now for the next undo.
    auto again = m_recorder.recordAgain(m_recorded);
    if (!again) {
        fail(QT_TRANSLATE_NOOP("kith::EventMeetingCommand", "Cannot Redo Adding the People You Met"), again.error());
        return;
    }
    m_recorded = *again;
}

} // namespace kith
