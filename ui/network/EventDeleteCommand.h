#pragma once

#include "domain/Event.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class EventStore;

// Undoes deleting an event by putting it back with its list of who was there, under the same ids; redo deletes
// it again. Pushed after the event was deleted, so its first redo does nothing.
class EventDeleteCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(EventDeleteCommand)

public:
    EventDeleteCommand(EventStore& events, const EventRecord& deleted, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    EventStore& m_events;
    EventRecord m_record;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
