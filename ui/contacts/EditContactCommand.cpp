#include "contacts/EditContactCommand.h"

#include "storage/ContactStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

EditContactCommand::EditContactCommand(ContactStore& store, const Contact& before, const Contact& after,
                                       QWidget* errorParent)
    : QUndoCommand(QCoreApplication::translate("kith::EditContactCommand", "Edit %1").arg(after.effectiveName()))
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_errorParent(errorParent)
{}

void EditContactCommand::write(Contact contact)
{
    // The id may have changed if the contact was deleted and added again by undo/redo; the uid stays.
    auto id = m_store.idForUid(contact.uid);
    Status status = id ? Status() : Status::failure(id.error());
    if (id) {
        contact.id = *id;
        status = m_store.update(contact);
    }
    if (!status) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::EditContactCommand", "Cannot Undo"),
                            status.error());
        setObsolete(true);
    }
}

void EditContactCommand::undo()
{
    write(m_before);
}

void EditContactCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    write(m_after);
}

} // namespace kith
