#include "network/DeleteIntroductionCommand.h"

#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

DeleteIntroductionCommand::DeleteIntroductionCommand(IntroductionStore& store, const RemovedIntroduction& removed,
                                                     QWidget* errorParent)
    : QUndoCommand(QCoreApplication::translate("kith::DeleteIntroductionCommand", "Delete Introduction of %1 and %2")
                       .arg(removed.introduction.firstName, removed.introduction.secondName))
    , m_store(store)
    , m_removed(removed)
    , m_errorParent(errorParent)
{}

void DeleteIntroductionCommand::fail(const QString& error)
{
    MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::DeleteIntroductionCommand", "Kith"), error);
    setObsolete(true);
}

void DeleteIntroductionCommand::undo()
{
    if (auto s = m_store.restore(m_removed); !s)
        fail(s.error());
}

void DeleteIntroductionCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    // The follow-up came back with a new id: delete what is there now, and keep that for the next undo.
    auto removed = m_store.remove(m_removed.introduction.id);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = *removed;
}

} // namespace kith
