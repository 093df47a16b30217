#pragma once

#include "domain/Favour.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace kith {

class Clock;
class ContactPickerEdit;
class ContactStore;

// "Log Favour": with whom (picked from the contacts), which way, what, when; or "Edit Favour" for one logged.
class FavourDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavourDialog)

public:
    FavourDialog(ContactStore& contacts, const Clock& clock, QWidget* parent = nullptr);

    void setContactId(qint64 contactId);
    // Edits this favour (as stored) instead of logging a new one.
    void setFavour(const Favour& favour);
    // As entered, with the id given to setFavour() (0 for a new one); contactId 0 when the name is not one
    // contact's.
    Favour favour() const;

private:
    void updateState();

    Favour m_favour;

    ContactPickerEdit* m_contactEdit = nullptr;
    QLabel* m_contactHint = nullptr;
    QRadioButton* m_givenButton = nullptr;
    QRadioButton* m_receivedButton = nullptr;
    QLineEdit* m_whatEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kith
