#include "main/LogInteractionCommand.h"

#include "storage/InteractionStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

LogInteractionCommand::LogInteractionCommand(InteractionStore& store, const Interaction& logged, QWidget* errorParent)
    : QUndoCommand(QCoreApplication::translate("kith::LogInteractionCommand", "Log Interaction"))
    , m_store(store)
    , m_interaction(logged)
    , m_errorParent(errorParent)
{}

void LogInteractionCommand::undo()
{
    if (Status status = m_store.remove(m_interaction.id); !status) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::LogInteractionCommand", "Cannot Undo"),
                            status.error());
        setObsolete(true);
    }
}

void LogInteractionCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    Interaction again = m_interaction;
    again.id = 0;
    auto id = m_store.add(again);
    if (!id) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::LogInteractionCommand", "Cannot Redo"),
                            id.error());
        setObsolete(true);
        return;
    }
    m_interaction.id = *id;
}

} // namespace kith
