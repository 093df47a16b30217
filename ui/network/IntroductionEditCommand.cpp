#include "network/IntroductionEditCommand.h"

#include "storage/IntroductionStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString commandText(const Introduction& before, const Introduction& after)
{
    if (before.status != after.status)
        return QCoreApplication::translate("kith::IntroductionEditCommand", "Mark Introduction of %1 and %2 “%3”")
            .arg(after.firstName, after.secondName, introductionStatusLabel(after.status));
    return QCoreApplication::translate("kith::IntroductionEditCommand", "Edit Outcome of Introducing %1 and %2")
        .arg(after.firstName, after.secondName);
}

} // namespace

IntroductionEditCommand::IntroductionEditCommand(IntroductionStore& store, const Introduction& before,
                                                 const Introduction& after, qint64 linkId, QWidget* errorParent)
    : QUndoCommand(commandText(before, after))
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_linkId(linkId)
    , m_errorParent(errorParent)
{}

void IntroductionEditCommand::write(const Introduction& introduction, const char* failureTitle)
{
    auto linked = m_store.rewrite(introduction, m_linkId);
    if (!linked) {
        MessageBox::warning(m_errorParent, QCoreApplication::translate("kith::IntroductionEditCommand", failureTitle),
                            linked.error());
        setObsolete(true);
        return;
    }
    m_linkId = *linked;
}

void IntroductionEditCommand::undo()
{
    write(m_before, QT_TRANSLATE_NOOP("kith::IntroductionEditCommand", "Cannot Undo the Change"));
}

void IntroductionEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    write(m_after, QT_TRANSLATE_NOOP("kith::IntroductionEditCommand", "Cannot Redo the Change"));
}

} // namespace kith
