#include "contacts/TrashContactsCommand.h"

#include "storage/ContactStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString commandText(TrashContactsCommand::Direction direction, int count)
{
    return direction == TrashContactsCommand::Direction::ToTrash
               ? QCoreApplication::translate("kith::TrashContactsCommand", "Move %n contact(s) to Trash", nullptr,
                                             count)
               : QCoreApplication::translate("kith::TrashContactsCommand", "Restore %n contact(s) from Trash", nullptr,
                                             count);
}

} // namespace

TrashContactsCommand::TrashContactsCommand(ContactStore& store, Direction direction, const QStringList& uids,
                                           QWidget* errorParent)
    : QUndoCommand(commandText(direction, int(uids.size())))
    , m_store(store)
    , m_direction(direction)
    , m_uids(uids)
    , m_errorParent(errorParent)
{}

void TrashContactsCommand::move(bool toTrash)
{
    QList<qint64> ids;
    Status status;
    for (const QString& uid : std::as_const(m_uids)) {
        auto id = m_store.idForUid(uid);
        if (!id) {
            status = Status::failure(id.error());
            break;
        }
        ids << *id;
    }
    if (status)
        status = toTrash ? m_store.moveToTrash(ids) : m_store.restore(ids);
    if (!status) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::TrashContactsCommand", "Kith"),
                            status.error());
        setObsolete(true);
    }
}

void TrashContactsCommand::undo()
{
    move(m_direction == Direction::FromTrash);
}

void TrashContactsCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    move(m_direction == Direction::ToTrash);
}

} // namespace kith
