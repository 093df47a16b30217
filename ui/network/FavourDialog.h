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

// "Log Favour": with whom (picked from the contacts), which way, what, when.
class FavourDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavourDialog)

public:
    FavourDialog(ContactStore& contacts, const Clock& clock, QWidget* parent = nullptr);

    void setContactId(qint64 contactId);
    // As entered; contactId 0 when the name is not one contact's.
    Favour favour() const;

private:
    void updateState();

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
