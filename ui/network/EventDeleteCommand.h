#pragma once

#include "domain/Event.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class EventStore;

// Undoes deleting an event by putting it back with its list of who was there, under the same ids; redo deletes
// it again. Turned round, undoes adding one. Pushed after the change was made, so its first redo does nothing.
class EventDeleteCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(EventDeleteCommand)

public:
    enum class Kind { Deleted, Added };

    // `record`: the event as stored (deleted: with its list; added: the new one).
    EventDeleteCommand(EventStore& events, const EventRecord& record, QWidget* errorParent, Kind kind = Kind::Deleted);

    void undo() override;
    void redo() override;

private:
    void apply(bool putBack, const char* failureTitle);

    EventStore& m_events;
    Kind m_kind;
    EventRecord m_record;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
