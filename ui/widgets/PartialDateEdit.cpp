#include "widgets/PartialDateEdit.h"

#include "domain/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kith {

namespace {
// Any leap year: the days a month can have when the year is unknown.
constexpr int kLeapYear = 2000;
} // namespace

PartialDateEdit::PartialDateEdit(QWidget* parent)
    : QWidget(parent)
{
    m_setCheck = new QCheckBox(tr("Set"), this);
    m_setCheck->setObjectName(QStringLiteral("setCheck"));

    m_daySpin = new QSpinBox(this);
    m_daySpin->setObjectName(QStringLiteral("daySpin"));
    m_daySpin->setRange(1, 31);
    m_daySpin->setAccessibleName(tr("Day"));
    m_daySpin->setToolTip(tr("Day"));

    m_monthCombo = new QComboBox(this);
    m_monthCombo->setObjectName(QStringLiteral("monthCombo"));
    m_monthCombo->setAccessibleName(tr("Month"));
    for (int month = 1; month <= 12; ++month)
        m_monthCombo->addItem(QLocale().standaloneMonthName(month), month);

    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(1, 9999);
    m_yearSpin->setGroupSeparatorShown(false);
    m_yearSpin->setAccessibleName(tr("Year"));
    m_yearSpin->setToolTip(tr("Year"));

    m_yearUnknownCheck = new QCheckBox(tr("Year unknown"), this);
    m_yearUnknownCheck->setObjectName(QStringLiteral("yearUnknownCheck"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_setCheck);
    layout->addWidget(m_daySpin);
    layout->addWidget(m_monthCombo);
    layout->addWidget(m_yearSpin);
    layout->addWidget(m_yearUnknownCheck);
    layout->addStretch();

    const QDate today = Clock::system().today();
    m_yearSpin->setValue(today.year());
    m_monthCombo->setCurrentIndex(today.month() - 1);
    m_daySpin->setValue(today.day());

    connect(m_setCheck, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_yearUnknownCheck, &QCheckBox::toggled, this, [this] {
        updateDayRange();
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDayRange();
        Q_EMIT changed();
    });
    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this] {
        updateDayRange();
        Q_EMIT changed();
    });
    connect(m_daySpin, &QSpinBox::valueChanged, this, &PartialDateEdit::changed);

    updateDayRange();
    updateEnabled();
}

void PartialDateEdit::setDate(const PartialDate& date)
{
    {
        const QSignalBlocker blockSet(m_setCheck);
        const QSignalBlocker blockUnknown(m_yearUnknownCheck);
        const QSignalBlocker blockDay(m_daySpin);
        const QSignalBlocker blockMonth(m_monthCombo);
        const QSignalBlocker blockYear(m_yearSpin);
        const bool set = !date.isNull() && date.isValid();
        m_setCheck->setChecked(set);
        if (set) {
            m_yearUnknownCheck->setChecked(!date.hasYear());
            if (date.hasYear())
                m_yearSpin->setValue(date.year);
            m_monthCombo->setCurrentIndex(date.month - 1);
            updateDayRange();
            m_daySpin->setValue(date.day);
        } else {
            m_yearUnknownCheck->setChecked(false);
            updateDayRange();
        }
    }
    updateEnabled();
    Q_EMIT changed();
}

PartialDate PartialDateEdit::date() const
{
    if (!m_setCheck->isChecked())
        return {};
    const int year = m_yearUnknownCheck->isChecked() ? 0 : m_yearSpin->value();
    return {year, m_monthCombo->currentIndex() + 1, m_daySpin->value()};
}

void PartialDateEdit::updateDayRange()
{
    const int year = m_yearUnknownCheck->isChecked() ? kLeapYear : m_yearSpin->value();
    // QSpinBox clamps the day when the month gets shorter (31 March -> April gives 30 April).
    m_daySpin->setMaximum(QDate(year, m_monthCombo->currentIndex() + 1, 1).daysInMonth());
}

void PartialDateEdit::updateEnabled()
{
    // Controls that would show a date nobody entered are hidden, not just greyed out.
    const bool set = m_setCheck->isChecked();
    const bool yearKnown = !m_yearUnknownCheck->isChecked();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_daySpin, m_monthCombo, m_yearUnknownCheck}) {
        widget->setEnabled(set);
        widget->setVisible(set);
    }
    m_yearSpin->setEnabled(set && yearKnown);
    m_yearSpin->setVisible(set && yearKnown);
}

} // namespace kith
