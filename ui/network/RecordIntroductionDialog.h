#pragma once

#include "domain/Introduction.h"

#include <QDialog>
#include <QTime>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kith {

class Clock;
class ContactStore;
class IntroductionContactField;
class IntroductionStore;
class TopicStore;

// Records an introduction: the two people (each picked by name with a completer), what it is about (a topic
// one of them has), why, when, how far it went, what came of it, and in how many days to be reminded to ask
// how it went. Recording goes through the store; what it refuses is shown in the dialog, which stays open.
class RecordIntroductionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordIntroductionDialog)

public:
    RecordIntroductionDialog(IntroductionStore& introductions, ContactStore& contacts, TopicStore& topics,
                             const Clock& clock, QWidget* parent = nullptr);

    // Fills the dialog in from a suggestion (or a pair picked elsewhere).
    void setPair(qint64 firstId, qint64 secondId);
    void setTopic(qint64 topicId);
    void setReason(const QString& reason);
    // The time of day of the follow-up reminder (the preferences' reminder time).
    void setFollowUpTime(QTime time) { m_followUpTime = time; }

    // After accept: the introduction recorded, and the `knows` link recording it as accepted made (0: none).
    qint64 introductionId() const { return m_introductionId; }
    qint64 linkId() const { return m_linkId; }

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    IntroductionStore& m_introductions;
    TopicStore& m_topics;
    const Clock& m_clock;
    QTime m_followUpTime{9, 0};
    qint64 m_introductionId = 0;
    qint64 m_linkId = 0;

    IntroductionContactField* m_firstEdit = nullptr;
    IntroductionContactField* m_secondEdit = nullptr;
    QComboBox* m_topicCombo = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLineEdit* m_outcomeEdit = nullptr;
    QSpinBox* m_followUpSpin = nullptr;
    QLabel* m_followUpDate = nullptr;
    QLabel* m_hintLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace kith
