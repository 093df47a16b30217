#pragma once

#include "domain/Interaction.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class InteractionStore;

// Undoes logging an interaction by removing it; redo logs it again. Pushed after it was logged.
class LogInteractionCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(LogInteractionCommand)

public:
    LogInteractionCommand(InteractionStore& store, const Interaction& logged, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    InteractionStore& m_store;
    Interaction m_interaction;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
