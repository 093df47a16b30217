#pragma once

#include "domain/Relationship.h"
#include "network/RelationshipSuggestion.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace kith {

class ContactStore;
class RelationshipStore;
class RelationshipSuggester;

// The detail pane's "Relationships" section: each link read from this contact's side ("Byron Lovelace — parent",
// the note as a tooltip), the name opening that contact, a button to remove it (Undo brings it back), Add
// Relationship…, and the links Kith suggests for this contact with Confirm and Reject.
class ContactLinksPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactLinksPanel)

public:
    ContactLinksPanel(RelationshipStore& relationships, RelationshipSuggester& suggester, ContactStore& contacts,
                      QUndoStack& undoStack, QWidget* parent = nullptr);

    // 0 clears the panel. Reads the links again even for the same contact.
    void showContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    const QList<Relationship>& links() const { return m_links; }
    const QList<RelationshipSuggestion>& suggestions() const { return m_suggestions; }
    // What each row says, as shown ("Byron Lovelace — parent").
    QStringList linkTexts() const;

public Q_SLOTS:
    // Opens the Add Relationship dialog for the shown contact.
    void addRelationship();

Q_SIGNALS:
    void contactActivated(qint64 contactId);
    // Something for the status bar.
    void message(const QString& text);
    void reviewSuggestionsRequested();

private:
    void reload();
    void onContactsChanged(const QList<qint64>& ids);
    void fillLinks();
    void fillSuggestions();
    void removeLink(const Relationship& link);
    void confirm(const RelationshipSuggestion& suggestion);
    void reject(const RelationshipSuggestion& suggestion);
    QString nameOf(qint64 id) const;

    RelationshipStore& m_relationships;
    RelationshipSuggester& m_suggester;
    ContactStore& m_contacts;
    QUndoStack& m_undoStack;
    qint64 m_contactId = 0;
    QString m_contactName;
    QList<Relationship> m_links;
    QList<RelationshipSuggestion> m_suggestions;
    int m_colleaguesLeftOut = 0; // suggestions left out at a large organisation (RelationshipSuggester's cap)
    QString m_colleagueOrganization;
    QHash<qint64, QString> m_names;

    QLabel* m_title = nullptr;
    QPushButton* m_addButton = nullptr;
    QWidget* m_rows = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QLabel* m_empty = nullptr;
    QFrame* m_suggestionFrame = nullptr;
    QVBoxLayout* m_suggestionLayout = nullptr;
};

} // namespace kith
