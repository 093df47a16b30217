#include "import/ImportDropFilter.h"

#include "import/ImportController.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QTimer>
#include <QWidget>

namespace kith {

ImportDropFilter::ImportDropFilter(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{}

bool ImportDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent and QDragMoveEvent are QDropEvents
    const QStringList files = ImportController::importableFiles(drop->mimeData());
    if (files.isEmpty())
        return false;
    // Copy, never move: a file manager deletes the source of a move.
    if (drop->possibleActions() & Qt::CopyAction) {
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
    } else {
        drop->acceptProposedAction();
    }
    if (type == QEvent::Drop)
        QTimer::singleShot(0, this, [this, files] { Q_EMIT filesDropped(files); });
    return true;
}

} // namespace kith
