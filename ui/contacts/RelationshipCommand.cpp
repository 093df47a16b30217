#include "contacts/RelationshipCommand.h"

#include "storage/ContactStore.h"
#include "storage/RelationshipStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString commandText(RelationshipCommand::Direction direction, const QString& name, const QString& other)
{
    return direction == RelationshipCommand::Direction::Add
               ? QCoreApplication::translate("kith::RelationshipCommand", "Link %1 and %2").arg(name, other)
               : QCoreApplication::translate("kith::RelationshipCommand", "Unlink %1 and %2").arg(name, other);
}

QString uidOf(ContactStore& contacts, qint64 id, QString* name)
{
    auto contact = contacts.get(id);
    if (!contact)
        return {};
    *name = contact->effectiveName();
    return contact->uid;
}

} // namespace

RelationshipCommand::RelationshipCommand(RelationshipStore& relationships, ContactStore& contacts, Direction direction,
                                         const Relationship& relationship, QWidget* errorParent)
    : m_relationships(relationships)
    , m_contacts(contacts)
    , m_direction(direction)
    , m_relationship(relationship)
    , m_errorParent(errorParent)
{
    QString name;
    QString other;
    m_contactUid = uidOf(contacts, relationship.contactId, &name);
    m_otherUid = uidOf(contacts, relationship.otherId, &other);
    setText(commandText(direction, name, other));
}

void RelationshipCommand::apply(bool add)
{
    auto contactId = m_contacts.idForUid(m_contactUid);
    auto otherId = m_contacts.idForUid(m_otherUid);
    Status status;
    if (!contactId)
        status = Status::failure(contactId.error());
    else if (!otherId)
        status = Status::failure(otherId.error());
    if (status) {
        m_relationship.contactId = *contactId;
        m_relationship.otherId = *otherId;
        if (add) {
            auto id = m_relationships.add(m_relationship);
            status = id ? Status() : Status::failure(id.error());
        } else {
            status = m_relationships.remove(m_relationship.contactId, m_relationship.otherId, m_relationship.type);
        }
    }
    if (!status) {
        MessageBox::warning(m_errorParent,
                            add ? QCoreApplication::translate("kith::RelationshipCommand", "Cannot Link Contacts")
                                : QCoreApplication::translate("kith::RelationshipCommand", "Cannot Unlink Contacts"),
                            status.error());
        setObsolete(true);
    }
}

void RelationshipCommand::undo()
{
    apply(m_direction == Direction::Remove);
}

void RelationshipCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_direction == Direction::Add);
}

} // namespace kith
