#pragma once

#include "domain/Interaction.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;

namespace kith {

class Clock;
class ContactStore;

// Records one interaction (a call, a coffee, an email) with one or several contacts.
// Participants are found by typing a name: the suggestions come from the contact store's search.
class LogInteractionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogInteractionDialog)

public:
    LogInteractionDialog(ContactStore& contacts, const Clock& clock, QWidget* parent = nullptr);

    void setParticipants(const QList<qint64>& ids);
    // The interaction as entered; its occurredAt is in UTC and its id is 0.
    Interaction interaction() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSuggestions(const QString& text);
    void addParticipant(qint64 id, const QString& name);
    bool hasParticipant(qint64 id) const;
    // Adds the best suggestion for what is typed in the "Add participant" field.
    void addTypedParticipant();
    void removeSelectedParticipants();
    void updateState();

    ContactStore& m_contacts;
    QDateTimeEdit* m_occurredAtEdit = nullptr;
    QComboBox* m_channelCombo = nullptr;
    QComboBox* m_initiatorCombo = nullptr;
    QSpinBox* m_durationSpin = nullptr;
    QLineEdit* m_summaryEdit = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;
    QListWidget* m_participantsList = nullptr;
    QPushButton* m_removeParticipantButton = nullptr;
    QLineEdit* m_addParticipantEdit = nullptr;
    QPushButton* m_addParticipantButton = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    QLabel* m_hintLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace kith
