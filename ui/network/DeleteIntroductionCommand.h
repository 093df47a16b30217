#pragma once

#include "storage/IntroductionStore.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

// Deleting an introduction (redo) and putting it back with its follow-up reminder (undo). Pushed after the
// first delete was made, with what it took away.
class DeleteIntroductionCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(DeleteIntroductionCommand)

public:
    DeleteIntroductionCommand(IntroductionStore& store, const RemovedIntroduction& removed, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void fail(const QString& error);

    IntroductionStore& m_store;
    RemovedIntroduction m_removed;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
