#include "GuiTestHelpers.h"

#include <QApplication>
#include <QTimer>

namespace kith::test {

bool answerModal(const std::function<bool(QWidget*)>& matches, const std::function<void(QWidget*)>& act,
                 const std::function<void()>& trigger)
{
    bool handled = false;
    int tries = 0;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && matches(modal)) {
            timer.stop();
            handled = true;
            act(modal);
            return;
        }
        if (++tries > 250) {
            timer.stop();
            if (modal)
                modal->close();
        }
    });
    timer.start();
    trigger();
    timer.stop();
    return handled;
}

} // namespace kith::test
