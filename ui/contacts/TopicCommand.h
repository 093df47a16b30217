#pragma once

#include "domain/Topic.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class ContactStore;
class TopicStore;

// Giving a contact a topic (redo) and taking it off again (undo); removing a topic is the same command turned
// round. Pushed after the first change was made. The contact is held by uid, as RelationshipCommand does.
class TopicCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(TopicCommand)

public:
    enum class Direction { Add, Remove };

    TopicCommand(TopicStore& topics, ContactStore& contacts, Direction direction, const ContactTopic& topic,
                 QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void apply(bool add);

    TopicStore& m_topics;
    ContactStore& m_contacts;
    Direction m_direction;
    ContactTopic m_topic;
    QString m_contactUid;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
