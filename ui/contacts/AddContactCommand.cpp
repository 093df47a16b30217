#include "contacts/AddContactCommand.h"

#include "storage/ContactStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

AddContactCommand::AddContactCommand(ContactStore& store, const Contact& added, QWidget* errorParent)
    : QUndoCommand(QCoreApplication::translate("kith::AddContactCommand", "Add %1").arg(added.effectiveName()))
    , m_store(store)
    , m_contact(added)
    , m_errorParent(errorParent)
{}

void AddContactCommand::undo()
{
    auto id = m_store.idForUid(m_contact.uid);
    Status status = id ? m_store.purge({*id}) : Status::failure(id.error());
    if (!status) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::AddContactCommand", "Cannot Undo"),
                            status.error());
        setObsolete(true);
    }
}

void AddContactCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    Contact again = m_contact;
    again.id = 0;
    auto id = m_store.add(again);
    if (!id) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::AddContactCommand", "Cannot Redo"),
                            id.error());
        setObsolete(true);
    }
}

} // namespace kith
