#include "contacts/TopicCommand.h"

#include "storage/ContactStore.h"
#include "storage/TopicStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

TopicCommand::TopicCommand(TopicStore& topics, ContactStore& contacts, Direction direction, const ContactTopic& topic,
                           QWidget* errorParent)
    : m_topics(topics)
    , m_contacts(contacts)
    , m_direction(direction)
    , m_topic(topic)
    , m_errorParent(errorParent)
{
    QString name;
    if (auto contact = contacts.get(topic.contactId)) {
        m_contactUid = contact->uid;
        name = contact->effectiveName();
    }
    setText(direction == Direction::Add
                ? QCoreApplication::translate("kith::TopicCommand", "Add “%1” to %2").arg(topic.name, name)
                : QCoreApplication::translate("kith::TopicCommand", "Remove “%1” from %2").arg(topic.name, name));
}

void TopicCommand::apply(bool add)
{
    auto id = m_contacts.idForUid(m_contactUid);
    Status status = id ? Status() : Status::failure(id.error());
    if (status) {
        m_topic.contactId = *id;
        status = add ? m_topics.add(m_topic) : m_topics.remove(m_topic.contactId, m_topic.kind, m_topic.name);
    }
    if (!status) {
        MessageBox::warning(m_errorParent,
                            add ? QCoreApplication::translate("kith::TopicCommand", "Cannot Add Topic")
                                : QCoreApplication::translate("kith::TopicCommand", "Cannot Remove Topic"),
                            status.error());
        setObsolete(true);
    }
}

void TopicCommand::undo()
{
    apply(m_direction == Direction::Remove);
}

void TopicCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_direction == Direction::Add);
}

} // namespace kith
