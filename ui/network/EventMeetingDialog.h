#pragma once

#include "network/MeetingRecorder.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace kith {

class Clock;
class ContactPickerEdit;
class ContactStore;
class EventStore;

// "I Met These People At…": pick the event or describe a new one, type the names one per line or pick
// contacts, choose the follow-up, see who will be new and who is already a contact, then record it all in one
// transaction. Stays open with the reason when that fails.
class EventMeetingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventMeetingDialog)

public:
    EventMeetingDialog(MeetingRecorder& recorder, EventStore& events, ContactStore& contacts, const Clock& clock,
                       QWidget* parent = nullptr);

    // Chooses an existing event (0: a new one).
    void setEventId(qint64 eventId);
    // What was recorded, after the dialog was accepted.
    const MeetingOutcome& outcome() const { return m_outcome; }
    // The people as the preview shows them.
    const QList<MetPerson>& people() const { return m_people; }

public Q_SLOTS:
    void accept() override;

private:
    void updatePreview();
    void updateState();
    qint64 chosenEventId() const;
    Event newEvent() const;

    MeetingRecorder& m_recorder;
    const Clock& m_clock;
    QList<MetPerson> m_people;
    QString m_previewError;
    MeetingOutcome m_outcome;

    QComboBox* m_eventCombo = nullptr;
    QWidget* m_newEventFields = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_placeEdit = nullptr;
    QPlainTextEdit* m_namesEdit = nullptr;
    ContactPickerEdit* m_picker = nullptr;
    QSpinBox* m_followUpSpin = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_previewView = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace kith
