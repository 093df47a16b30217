#pragma once

#include "domain/Topic.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QUndoStack;

namespace kith {

class ContactStore;
class TopicStore;

// The detail pane's "Topics" section: the contact's topics grouped by kind ("Can help with", "Interests", "Goals",
// "Looking for", "Communities"), each with the contact's own words as a tooltip and a button to remove it (Undo
// brings it back), and Add Topic…. A topic's name asks who else can help with it.
class ContactTopicsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTopicsPanel)

public:
    ContactTopicsPanel(TopicStore& topics, ContactStore& contacts, QUndoStack& undoStack, QWidget* parent = nullptr);

    // 0 clears the panel. Reads the topics again even for the same contact.
    void showContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    const QList<ContactTopic>& topics() const { return m_topics; }
    // "Can help with: tax law", one per topic as shown.
    QStringList topicTexts() const;
    // The heading of a group of topics of `kind`: "Can help with", "Interests".
    static QString groupLabel(TopicKind kind);

public Q_SLOTS:
    void addTopic();

Q_SIGNALS:
    // The name of a topic was clicked: who can help with it?
    void topicActivated(const QString& name);
    void message(const QString& text);

private:
    void reload();
    void fill();
    void removeTopic(const ContactTopic& topic);

    TopicStore& m_topicStore;
    ContactStore& m_contacts;
    QUndoStack& m_undoStack;
    qint64 m_contactId = 0;
    QString m_contactName;
    QList<ContactTopic> m_topics;

    QLabel* m_title = nullptr;
    QPushButton* m_addButton = nullptr;
    QWidget* m_rows = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace kith
