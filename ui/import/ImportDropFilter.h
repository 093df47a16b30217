#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace kith {

// Takes drops of contact files anywhere in a window, installed on the application: child widgets that
// accept drops themselves (the search field, the notes editor) would otherwise swallow a dropped file
// as text. Drags of anything else are left to the widgets.
class ImportDropFilter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDropFilter)

public:
    explicit ImportDropFilter(QWidget* window, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // Emitted once the drop has been accepted, from the event loop (so that the drag ends first).
    void filesDropped(const QStringList& files);

private:
    QWidget* m_window;
};

} // namespace kith
