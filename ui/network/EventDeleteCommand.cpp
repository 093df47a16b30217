#include "network/EventDeleteCommand.h"

#include "storage/EventStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

EventDeleteCommand::EventDeleteCommand(EventStore& events, const EventRecord& deleted, QWidget* errorParent)
    : QUndoCommand(
          QCoreApplication::translate("kith::EventDeleteCommand", "Delete Event \"%1\"").arg(deleted.event.name))
    , m_events(events)
    , m_record(deleted)
    , m_errorParent(errorParent)
{}

void EventDeleteCommand::undo()
{
    if (auto s = m_events.restore(m_record); !s) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::EventDeleteCommand", "Cannot Undo"),
                            s.error());
        setObsolete(true);
    }
}

void EventDeleteCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (auto s = m_events.remove(m_record.event.id); !s) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::EventDeleteCommand", "Cannot Redo"),
                            s.error());
        setObsolete(true);
    }
}

} // namespace kith
