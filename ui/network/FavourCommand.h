#pragma once

#include "domain/Favour.h"

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace kith {

class FavourStore;

// Undoes logging, deleting or editing a favour; redo does it again with the same id. Pushed after the change was
// made, so its first redo does nothing.
class FavourCommand final : public QUndoCommand {
    Q_DISABLE_COPY_MOVE(FavourCommand)

public:
    enum class Kind { Logged, Deleted, Edited };

    // `favour` as stored (with its id).
    FavourCommand(FavourStore& favours, Kind kind, const Favour& favour, QWidget* errorParent);
    // An edit: both as stored.
    FavourCommand(FavourStore& favours, const Favour& before, const Favour& after, QWidget* errorParent);

    void undo() override;
    void redo() override;

private:
    void apply(bool putBack, const char* failureTitle);

    FavourStore& m_favours;
    Kind m_kind;
    Favour m_favour; // as logged, deleted, or as edited
    Favour m_before; // an edit's favour before it
    QPointer<QWidget> m_errorParent;
    bool m_firstRedo = true;
};

} // namespace kith
