#pragma once

#include <QMessageBox>

namespace kith {

// Every message box Kith shows goes through here, so that tests can answer one in advance
// instead of blocking on a modal dialog.
class MessageBox final {
    Q_DISABLE_COPY_MOVE(MessageBox)

public:
    MessageBox() = delete;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    // An information box that does not wait for the answer (nothing depends on it): the caller goes on at once.
    static void notice(QWidget* parent, const QString& title, const QString& text);

    // Test seam: the next box is not shown and returns this answer at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: the text of the last box asked for, shown or answered in advance.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace kith
