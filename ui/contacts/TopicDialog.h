#pragma once

#include "domain/Topic.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kith {

// Add Topic… in the detail pane: what kind of topic (can help with, interest, goal, looking for, community), its
// name (completed from the topics already in use, so that one entry is shared) and the contact's own words about
// it. Refuses an empty name and a topic the contact already has as that kind.
class TopicDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicDialog)

public:
    // `names`: every topic in use (TopicStore::all), `existing`: this contact's topics.
    TopicDialog(const QString& contactName, qint64 contactId, const QStringList& names,
                const QList<ContactTopic>& existing, QWidget* parent = nullptr);

    void setKind(TopicKind kind);
    ContactTopic topic() const;

private:
    void updateState();

    qint64 m_contactId = 0;
    QString m_contactName;
    QStringList m_names;
    QList<ContactTopic> m_existing;

    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_detailEdit = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kith
