#include "network/FavourCommand.h"

#include "storage/FavourStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

FavourCommand::FavourCommand(FavourStore& favours, Kind kind, const Favour& favour, QWidget* errorParent)
    : QUndoCommand(kind == Kind::Logged
                       ? QCoreApplication::translate("kith::FavourCommand", "Log Favour \"%1\"").arg(favour.what)
                       : QCoreApplication::translate("kith::FavourCommand", "Delete Favour \"%1\"").arg(favour.what))
    , m_favours(favours)
    , m_kind(kind)
    , m_favour(favour)
    , m_errorParent(errorParent)
{}

FavourCommand::FavourCommand(FavourStore& favours, const Favour& before, const Favour& after, QWidget* errorParent)
    : QUndoCommand(QCoreApplication::translate("kith::FavourCommand", "Edit Favour \"%1\"").arg(after.what))
    , m_favours(favours)
    , m_kind(Kind::Edited)
    , m_favour(after)
    , m_before(before)
    , m_errorParent(errorParent)
{}

// `putBack`: the favour as it was before the change (logged: none; deleted: it; edited: as before the edit).
void FavourCommand::apply(bool putBack, const char* failureTitle)
{
    Status status;
    if (m_kind == Kind::Edited)
        status = m_favours.update(putBack ? m_before : m_favour);
    else
        status = putBack ? m_favours.restore(m_favour) : m_favours.remove(m_favour.id);
    if (!status) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::FavourCommand", failureTitle),
                            status.error());
        setObsolete(true);
    }
}

void FavourCommand::undo()
{
    apply(m_kind != Kind::Logged, QT_TRANSLATE_NOOP("kith::FavourCommand", "Cannot Undo"));
}

void FavourCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_kind == Kind::Logged, QT_TRANSLATE_NOOP("kith::FavourCommand", "Cannot Redo"));
}

} // namespace kith
