#pragma once

#include "domain/Relationship.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace kith {

class ContactStore;

// Contact > Add Relationship… in the detail pane: who the other contact is (a name picked from a completer),
// what they are to this contact (the types read from this contact's side: "Parent" means the other is this
// contact's parent) and a note. Says in words how the link reads from both sides, and refuses a link to oneself
// or one this contact already has.
class AddRelationshipDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRelationshipDialog)

public:
    // `existing`: this contact's links, seen from it (RelationshipStore::forContact).
    AddRelationshipDialog(ContactStore& contacts, qint64 contactId, const QList<Relationship>& existing,
                          QWidget* parent = nullptr);

    // Chooses the other contact as if picked from the completer.
    void setOtherContact(qint64 id);
    void setType(RelationshipType type);
    // Seen from this contact: contactId is this contact, otherId the chosen one.
    Relationship relationship() const;
    qint64 otherId() const { return m_otherId; }

private:
    void updateSuggestions(const QString& text);
    // The contact whose name is exactly what was typed, if exactly one is.
    qint64 exactMatch(const QString& text) const;
    void updateState();

    ContactStore& m_contacts;
    qint64 m_contactId = 0;
    QString m_contactName;
    QList<Relationship> m_existing;
    qint64 m_otherId = 0;
    QString m_otherName;

    QLineEdit* m_otherEdit = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    QCompleter* m_completer = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QLabel* m_sentence = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kith
