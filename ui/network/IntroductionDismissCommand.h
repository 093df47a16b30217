#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>

class QWidget;

namespace kith {

class IntroductionStore;

// Undoes dismissing a suggested introduction, so that it is suggested again; redo dismisses it again. Pushed after
// the dismissal was saved.
class IntroductionDismissCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(IntroductionDismissCommand)

public:
    IntroductionDismissCommand(IntroductionStore& store, qint64 firstId, qint64 secondId, const QString& firstName,
                               const QString& secondName, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    IntroductionStore& m_store;
    qint64 m_firstId = 0;
    qint64 m_secondId = 0;
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
