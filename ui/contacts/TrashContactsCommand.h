#pragma once

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

class QWidget;

namespace kith {

class ContactStore;

// Moving contacts to the Trash (redo) and taking them out again (undo). Restoring from the Trash
// is the same command turned round. Pushed after the first move was made.
class TrashContactsCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(TrashContactsCommand)

public:
    enum class Direction { ToTrash, FromTrash };

    // `uids` rather than ids: undoing an add and redoing it gives a contact a new id, never a new uid.
    TrashContactsCommand(ContactStore& store, Direction direction, const QStringList& uids, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void move(bool toTrash);

    ContactStore& m_store;
    Direction m_direction;
    QStringList m_uids;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
