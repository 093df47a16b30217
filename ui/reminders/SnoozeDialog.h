#pragma once

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;

namespace kith {

class Clock;

// Snooze until a date and time of the user's choosing.
class SnoozeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeDialog)

public:
    explicit SnoozeDialog(const Clock& clock, QWidget* parent = nullptr);

    void setUntil(const QDateTime& until);
    // In UTC.
    QDateTime until() const;

private:
    void updateState();

    const Clock& m_clock;
    QDateTimeEdit* m_untilEdit = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace kith
