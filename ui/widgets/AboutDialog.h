#pragma once

#include <QDialog>

namespace kith {

// Help > About Kith: name, version, what it is, its licence.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace kith
