#include "network/EventDeleteCommand.h"

#include "storage/EventStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

EventDeleteCommand::EventDeleteCommand(EventStore& events, const EventRecord& record, QWidget* errorParent, Kind kind)
    : QUndoCommand(
          kind == Kind::Added
              ? QCoreApplication::translate("kith::EventDeleteCommand", "New Event “%1”").arg(record.event.name)
              : QCoreApplication::translate("kith::EventDeleteCommand", "Delete Event \"%1\"").arg(record.event.name))
    , m_events(events)
    , m_kind(kind)
    , m_record(record)
    , m_errorParent(errorParent)
{}

void EventDeleteCommand::apply(bool putBack, const char* failureTitle)
{
    Status status;
    if (putBack) {
        status = m_events.restore(m_record);
    } else {
        // Whoever was put on its list meanwhile comes back with it on the next undo or redo.
        auto record = m_events.record(m_record.event.id);
        status = record ? m_events.remove(m_record.event.id) : Status::failure(record.error());
        if (status)
            m_record = *record;
    }
    if (!status) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::EventDeleteCommand", failureTitle),
                            status.error());
        setObsolete(true);
    }
}

void EventDeleteCommand::undo()
{
    apply(m_kind == Kind::Deleted, QT_TRANSLATE_NOOP("kith::EventDeleteCommand", "Cannot Undo"));
}

void EventDeleteCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_kind == Kind::Added, QT_TRANSLATE_NOOP("kith::EventDeleteCommand", "Cannot Redo"));
}

} // namespace kith
