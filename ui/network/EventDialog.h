#pragma once

#include "domain/Event.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace kith {

class Clock;

// A new event or an event's own fields: name, kind, day, place, notes.
class EventDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    explicit EventDialog(const Clock& clock, QWidget* parent = nullptr);

    void setEvent(const Event& event);
    // As entered, with the id given to setEvent() (0 for a new one).
    Event event() const;

private:
    void updateState();

    Event m_event;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_placeEdit = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kith
