#pragma once

#include <QString>
#include <QWidget>

#include <functional>

// Helpers shared by the GUI tests: finding widgets by objectName and answering modal dialogs.
namespace kith::test {

// The child called `name`; a missing widget ends the test run with its name, as a typo should.
template <typename T> T* child(const QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

// Runs `trigger` (which opens a modal dialog and blocks in its event loop) and calls `act` on the
// first visible modal widget that `matches`, as soon as it is shown. Gives up after five seconds,
// closing whatever modal is open rather than hanging the run. True when `act` ran.
bool answerModal(const std::function<bool(QWidget*)>& matches, const std::function<void(QWidget*)>& act,
                 const std::function<void()>& trigger);

} // namespace kith::test
