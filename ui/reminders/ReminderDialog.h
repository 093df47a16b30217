#pragma once

#include "domain/Reminder.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace kith {

class Clock;

// Asks when to be reminded about a contact, and of what. The caller sets the reminder's contactId.
class ReminderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderDialog)

public:
    explicit ReminderDialog(const Clock& clock, QWidget* parent = nullptr);

    void setContactName(const QString& name);
    void setNote(const QString& note);
    // The reminder as entered: dueAt in UTC, contactId 0.
    Reminder reminder() const;

private:
    // Moves the due date to `days` days or `months` months from today, keeping the chosen time of day.
    void applyPreset(int days, int months);
    void updateState();
    void updateRecurrenceTexts();

    const Clock& m_clock;
    QLabel* m_contactLabel = nullptr;
    QDateTimeEdit* m_dueEdit = nullptr;
    QLabel* m_pastLabel = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QSpinBox* m_intervalSpin = nullptr;
    QComboBox* m_recurrenceCombo = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace kith
