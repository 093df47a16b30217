#pragma once

#include "storage/IntroductionStore.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

// Deleting an introduction (redo) and putting it back with its follow-up reminder (undo). Turned round, undoes
// recording one, and takes away the `knows` link that recording it as accepted made (redo makes it again); a link
// the two had before stays. Pushed after the change was made, so its first redo does nothing.
class DeleteIntroductionCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(DeleteIntroductionCommand)

public:
    enum class Kind { Deleted, Recorded };

    // `removed`: what the delete took away; for a recording, the introduction as recorded (its follow-up is
    // read when undo takes it away), and `linkId` the `knows` link the recording made (0: none).
    DeleteIntroductionCommand(IntroductionStore& store, const RemovedIntroduction& removed, QWidget* errorParent,
                              Kind kind = Kind::Deleted, qint64 linkId = 0);

    void undo() override;
    void redo() override;

private:
    void fail(const QString& error);
    void takeAway();
    void putBack();

    IntroductionStore& m_store;
    Kind m_kind;
    RemovedIntroduction m_removed;
    qint64 m_linkId = 0; // a recording's `knows` link, for the next take-away to delete
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
