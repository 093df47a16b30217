#pragma once

#include "domain/Event.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class EventStore;

// Undoes an edit of an event's own fields by writing them back exactly as they were (its updated time too); redo
// writes the edit again. Who was there is not part of it and stays as it is. Pushed after the edit was saved.
class EventEditCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(EventEditCommand)

public:
    // Both as stored.
    EventEditCommand(EventStore& events, const Event& before, const Event& after, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void write(const Event& event, const char* failureTitle);

    EventStore& m_events;
    Event m_before;
    Event m_after;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
