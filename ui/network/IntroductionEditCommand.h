#pragma once

#include "domain/Introduction.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class IntroductionStore;

// Undoes changing an introduction's status or outcome by writing it back as it was, and takes away the `knows`
// link that becoming accepted made; redo writes the change again. Pushed after the change was made.
class IntroductionEditCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(IntroductionEditCommand)

public:
    // `linkId`: the `knows` link the change made (0: none).
    IntroductionEditCommand(IntroductionStore& store, const Introduction& before, const Introduction& after,
                            qint64 linkId, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void write(const Introduction& introduction, const char* failureTitle);

    IntroductionStore& m_store;
    Introduction m_before;
    Introduction m_after;
    qint64 m_linkId = 0; // the link the last write made, for the next one to take away
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
