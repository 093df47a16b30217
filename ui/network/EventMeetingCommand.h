#pragma once

#include "network/MeetingRecorder.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

// Undoes "I met these people at…": takes back exactly what the recording wrote (the event if it made it, the new
// contacts, the follow-ups, the rows on the event's list) and nothing made since; redo writes it again. Pushed
// after the recording was made.
class EventMeetingCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(EventMeetingCommand)

public:
    // The stores must outlive the command (the window clears its stack before it replaces them).
    EventMeetingCommand(Database& database, const Clock& clock, ContactStore& contacts, ReminderStore& reminders,
                        EventStore& events, const RecordedMeeting& recorded, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void fail(const char* title, const QString& error);

    MeetingRecorder m_recorder;
    RecordedMeeting m_recorded;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
