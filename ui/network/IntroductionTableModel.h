#pragma once

#include "domain/Introduction.h"
#include "domain/Reminder.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kith {

class IntroductionStore;
class ReminderStore;

// The introductions the user made, newest first: who, why, when, how far it went (editable, a combo box
// through IntroductionStatusDelegate), what came of it (editable) and the follow-up reminder. Follows the
// introduction and reminder stores; edits go through the introduction store.
class IntroductionTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionTableModel)

public:
    enum Column { Who, Why, Date, Status, Outcome, FollowUp, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // names, reason, QDate, status key, outcome, follow-up due time
        IntroductionIdRole,
        FirstIdRole,
        SecondIdRole,
        ContactIdRole, // whom the follow-up reminder is on (the first contact when there is none)
    };

    IntroductionTableModel(IntroductionStore& introductions, ReminderStore& reminders, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Introduction introduction(int row) const { return m_rows.value(row); }
    // The row of the introduction, or -1.
    int rowOf(qint64 introductionId) const;
    void reload();

Q_SIGNALS:
    // An edit the store refused, with its message.
    void writeFailed(const QString& error);
    // An edit written (for undo), with the id of the `knows` link it made (0: none).
    void edited(const kith::Introduction& before, const kith::Introduction& after, qint64 linkId);

private:
    IntroductionStore& m_introductions;
    ReminderStore& m_reminders;
    QList<Introduction> m_rows;
    QHash<qint64, Reminder> m_followUps; // by reminder id
    bool m_editing = false;              // in setData: the store's signal must not reset the model under the editor
};

} // namespace kith
