#pragma once

#include "domain/PartialDate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace kith {

// Edits a date whose year may be unknown (a birthday known as "15 April"), or no date at all.
// With the year unknown, 29 February is allowed.
class PartialDateEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartialDateEdit)

public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    // A null date clears the "Set" box.
    void setDate(const PartialDate& date);
    PartialDate date() const;

Q_SIGNALS:
    void changed();

private:
    void updateDayRange();
    void updateEnabled();

    QCheckBox* m_setCheck = nullptr;
    QSpinBox* m_daySpin = nullptr;
    QComboBox* m_monthCombo = nullptr;
    QSpinBox* m_yearSpin = nullptr;
    QCheckBox* m_yearUnknownCheck = nullptr;
};

} // namespace kith
