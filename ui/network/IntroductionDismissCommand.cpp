#include "network/IntroductionDismissCommand.h"

#include "storage/IntroductionStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace kith {

IntroductionDismissCommand::IntroductionDismissCommand(IntroductionStore& store, qint64 firstId, qint64 secondId,
                                                       const QString& firstName, const QString& secondName,
                                                       QWidget* errorParent)
    : QUndoCommand(
          QCoreApplication::translate("kith::IntroductionDismissCommand", "Dismiss Suggestion to Introduce %1 and %2")
              .arg(firstName, secondName))
    , m_store(store)
    , m_firstId(firstId)
    , m_secondId(secondId)
    , m_errorParent(errorParent)
{}

void IntroductionDismissCommand::undo()
{
    if (auto s = m_store.undismissSuggestion(m_firstId, m_secondId); !s) {
        MessageBox::warning(m_errorParent,
                            QCoreApplication::translate("kith::IntroductionDismissCommand", "Cannot Undo Dismissing"),
                            s.error());
        setObsolete(true);
    }
}

void IntroductionDismissCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (auto s = m_store.dismissSuggestion(m_firstId, m_secondId); !s) {
        MessageBox::warning(m_errorParent,
                            QCoreApplication::translate("kith::IntroductionDismissCommand", "Cannot Redo Dismissing"),
                            s.error());
        setObsolete(true);
    }
}

} // namespace kith
