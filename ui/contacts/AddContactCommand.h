#pragma once

#include "domain/Contact.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class ContactStore;

// Undoes adding a contact by deleting it for good; redo adds it again under the same uid.
// Pushed after the contact was added, so its first redo does nothing.
class AddContactCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(AddContactCommand)

public:
    AddContactCommand(ContactStore& store, const Contact& added, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    ContactStore& m_store;
    Contact m_contact;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
