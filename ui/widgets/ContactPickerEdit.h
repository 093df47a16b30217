#pragma once

#include <QHash>
#include <QLineEdit>

class QStringListModel;

namespace kith {

class ContactStore;

// A line edit that completes the names of the contacts not in the Trash. Two contacts of one name are told
// apart by their organisation, or else by their id ("Sam Lee (#12)"), so every entry is one contact.
class ContactPickerEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPickerEdit)

public:
    explicit ContactPickerEdit(ContactStore& contacts, QWidget* parent = nullptr);

    // Reads the names again (after contacts changed).
    void reload();
    // The contact whose entry is the text as typed (case aside), else 0.
    qint64 contactId() const;
    // Shows the contact's entry.
    void setContactId(qint64 id);
    // The entry of a contact, as the completer offers it.
    QString entryFor(qint64 id) const;

Q_SIGNALS:
    // A completion was chosen (or Return pressed on an exact entry).
    void contactPicked(qint64 contactId, const QString& name);

private:
    ContactStore& m_contacts;
    QStringListModel* m_model = nullptr;
    QHash<QString, qint64> m_ids;   // by case-folded entry
    QHash<qint64, QString> m_entry; // by id
    QHash<qint64, QString> m_names; // the plain name, by id
};

} // namespace kith
