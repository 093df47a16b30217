#pragma once

#include "domain/Contact.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class ContactStore;

// Undoes an edit by writing the contact back as it was. Pushed after the edit was saved.
class EditContactCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(EditContactCommand)

public:
    EditContactCommand(ContactStore& store, const Contact& before, const Contact& after, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void write(Contact contact);

    ContactStore& m_store;
    Contact m_before;
    Contact m_after;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
