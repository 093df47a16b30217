#include "reminders/SnoozeDialog.h"

#include "domain/Clock.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith {

SnoozeDialog::SnoozeDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze Until"));

    m_untilEdit = new QDateTimeEdit(this);
    m_untilEdit->setObjectName(QStringLiteral("snoozeUntilEdit"));
    m_untilEdit->setCalendarPopup(true);
    m_untilEdit->setTimeSpec(Qt::LocalTime);
    m_untilEdit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_untilEdit->setToolTip(tr("When to be reminded again"));
    connect(m_untilEdit, &QDateTimeEdit::dateTimeChanged, this, &SnoozeDialog::updateState);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Remind me again &on:"), m_untilEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttonBox);
    updateState();
}

void SnoozeDialog::setUntil(const QDateTime& until)
{
    m_untilEdit->setDateTime(until.toLocalTime());
}

QDateTime SnoozeDialog::until() const
{
    return m_untilEdit->dateTime().toUTC();
}

void SnoozeDialog::updateState()
{
    // Snoozing into the past would only bring it back at once.
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_untilEdit->dateTime() > m_clock.now());
}

} // namespace kith
