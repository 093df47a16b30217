#include "network/DeleteIntroductionCommand.h"

#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

DeleteIntroductionCommand::DeleteIntroductionCommand(IntroductionStore& store, const RemovedIntroduction& removed,
                                                     QWidget* errorParent, Kind kind, qint64 linkId)
    : QUndoCommand(
          (kind == Kind::Recorded
               ? QCoreApplication::translate("kith::DeleteIntroductionCommand", "Record Introduction of %1 and %2")
               : QCoreApplication::translate("kith::DeleteIntroductionCommand", "Delete Introduction of %1 and %2"))
              .arg(removed.introduction.firstName, removed.introduction.secondName))
    , m_store(store)
    , m_kind(kind)
    , m_removed(removed)
    , m_linkId(kind == Kind::Recorded ? linkId : 0)
    , m_errorParent(errorParent)
{}

void DeleteIntroductionCommand::fail(const QString& error)
{
    MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::DeleteIntroductionCommand", "Kith"), error);
    setObsolete(true);
}

void DeleteIntroductionCommand::takeAway()
{
    // The follow-up may have a new id since it came back: delete what is there now, and keep that.
    auto removed = m_store.remove(m_removed.introduction.id, m_linkId);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = *removed;
    m_linkId = 0;
}

void DeleteIntroductionCommand::putBack()
{
    if (m_kind == Kind::Deleted) {
        // The delete left the pair's link alone: nothing to make again.
        if (auto s = m_store.restore(m_removed); !s)
            fail(s.error());
        return;
    }
    auto linked = m_store.recordAgain(m_removed);
    if (!linked) {
        fail(linked.error());
        return;
    }
    m_linkId = *linked;
}

void DeleteIntroductionCommand::undo()
{
    if (m_kind == Kind::Deleted)
        putBack();
    else
        takeAway();
}

void DeleteIntroductionCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (m_kind == Kind::Deleted)
        takeAway();
    else
        putBack();
}

} // namespace kith
