#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace kith {

class ContactStore;

// A line edit that picks one contact: typing searches the contacts (any part of a name, organisation, email,
// ...) and offers them in a completer; choosing one, or pressing Enter on a text that matches, sets the contact.
// Editing the text again clears the choice until another is made.
class IntroductionContactField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionContactField)

public:
    IntroductionContactField(ContactStore& contacts, QWidget* parent = nullptr);

    // 0 while no contact is chosen.
    qint64 contactId() const { return m_contactId; }
    void setContact(qint64 contactId);
    // Chooses the best match of the text typed, if there is one (what Enter does). True when one is chosen.
    bool chooseTyped();

Q_SIGNALS:
    void contactChanged(qint64 contactId);

protected:
    // Enter on a name not chosen yet chooses it and goes no further (the dialog's default button waits for
    // the next Enter).
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateSuggestions(const QString& text);
    void choose(qint64 contactId, const QString& name);

    ContactStore& m_contacts;
    QStandardItemModel* m_suggestions = nullptr;
    QCompleter* m_completer = nullptr;
    qint64 m_contactId = 0;
};

} // namespace kith
