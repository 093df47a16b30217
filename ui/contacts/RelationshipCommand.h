#pragma once

#include "domain/Relationship.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class ContactStore;
class RelationshipStore;

// Linking two contacts (redo) and unlinking them (undo); removing a link is the same command turned round.
// Pushed after the first change was made. The contacts are held by uid: undoing and redoing the addition of a
// contact gives it a new id, never a new uid.
class RelationshipCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(RelationshipCommand)

public:
    enum class Direction { Add, Remove };

    RelationshipCommand(RelationshipStore& relationships, ContactStore& contacts, Direction direction,
                        const Relationship& relationship, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void apply(bool add);

    RelationshipStore& m_relationships;
    ContactStore& m_contacts;
    Direction m_direction;
    Relationship m_relationship;
    QString m_contactUid;
    QString m_otherUid;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
