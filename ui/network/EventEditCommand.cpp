#include "network/EventEditCommand.h"

#include "storage/EventStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

EventEditCommand::EventEditCommand(EventStore& events, const Event& before, const Event& after, QWidget* errorParent)
    : QUndoCommand(QCoreApplication::translate("kith::EventEditCommand", "Edit Event “%1”").arg(after.name))
    , m_events(events)
    , m_before(before)
    , m_after(after)
    , m_errorParent(errorParent)
{}

void EventEditCommand::write(const Event& event, const char* failureTitle)
{
    if (auto s = m_events.rewrite(event); !s) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::EventEditCommand", failureTitle),
                            s.error());
        setObsolete(true);
    }
}

void EventEditCommand::undo()
{
    write(m_before, QT_TRANSLATE_NOOP("kith::EventEditCommand", "Cannot Undo the Edit"));
}

void EventEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    write(m_after, QT_TRANSLATE_NOOP("kith::EventEditCommand", "Cannot Redo the Edit"));
}

} // namespace kith
