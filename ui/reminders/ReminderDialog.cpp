#include "reminders/ReminderDialog.h"

#include "domain/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kith {

namespace {
// Reminders default to the start of a working day rather than to midnight.
constexpr int kDefaultHour = 9;
} // namespace

ReminderDialog::ReminderDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("New Reminder"));

    m_contactLabel = new QLabel(this);
    m_contactLabel->setObjectName(QStringLiteral("contactLabel"));
    m_contactLabel->setWordWrap(true);
    m_contactLabel->hide();

    m_dueEdit = new QDateTimeEdit(this);
    m_dueEdit->setObjectName(QStringLiteral("dueEdit"));
    m_dueEdit->setCalendarPopup(true);
    m_dueEdit->setTimeSpec(Qt::LocalTime);
    m_dueEdit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    m_dueEdit->setDateTime(QDateTime(m_clock.today().addDays(1), QTime(kDefaultHour, 0)));
    connect(m_dueEdit, &QDateTimeEdit::dateTimeChanged, this, &ReminderDialog::updateState);

    struct PresetButton {
        const char* objectName;
        QString text;
        int days;
        int months;
    };
    const PresetButton presets[] = {{"tomorrowButton", tr("&Tomorrow"), 1, 0},
                                    {"weekButton", tr("In 1 &week"), 7, 0},
                                    {"monthButton", tr("In 1 &month"), 0, 1}};
    auto* presetRow = new QHBoxLayout;
    for (const PresetButton& preset : presets) {
        auto* button = new QPushButton(preset.text, this);
        button->setObjectName(QString::fromLatin1(preset.objectName));
        button->setAutoDefault(false);
        const int days = preset.days;
        const int months = preset.months;
        connect(button, &QPushButton::clicked, this, [this, days, months] { applyPreset(days, months); });
        presetRow->addWidget(button);
    }
    presetRow->addStretch();

    m_pastLabel = new QLabel(tr("This time has already passed: the reminder will be due at once."), this);
    m_pastLabel->setObjectName(QStringLiteral("pastLabel"));
    m_pastLabel->setWordWrap(true);

    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What to follow up on, e.g. ask how the interview went"));
    m_noteEdit->setTabChangesFocus(true);

    // "Repeat: every [2] [weeks]", or "Repeat: [does not repeat]".
    m_intervalSpin = new QSpinBox(this);
    m_intervalSpin->setObjectName(QStringLiteral("recurrenceIntervalSpin"));
    m_intervalSpin->setRange(1, 365);
    m_intervalSpin->setPrefix(tr("every "));
    m_intervalSpin->setToolTip(tr("How many days, weeks, months or years between two reminders"));
    m_recurrenceCombo = new QComboBox(this);
    m_recurrenceCombo->setObjectName(QStringLiteral("recurrenceCombo"));
    m_recurrenceCombo->setToolTip(tr("Whether the reminder comes back once done"));
    m_recurrenceCombo->addItem(QString(), int(RecurrenceUnit::None));
    m_recurrenceCombo->addItem(QString(), int(RecurrenceUnit::Days));
    m_recurrenceCombo->addItem(QString(), int(RecurrenceUnit::Weeks));
    m_recurrenceCombo->addItem(QString(), int(RecurrenceUnit::Months));
    m_recurrenceCombo->addItem(QString(), int(RecurrenceUnit::Years));
    connect(m_recurrenceCombo, &QComboBox::currentIndexChanged, this, &ReminderDialog::updateState);
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, &ReminderDialog::updateRecurrenceTexts);
    updateRecurrenceTexts();
    auto* recurrenceRow = new QHBoxLayout;
    recurrenceRow->addWidget(m_intervalSpin);
    recurrenceRow->addWidget(m_recurrenceCombo);
    recurrenceRow->addStretch();

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* dueColumn = new QVBoxLayout;
    dueColumn->addWidget(m_dueEdit);
    dueColumn->addLayout(presetRow);
    dueColumn->addWidget(m_pastLabel);

    auto* form = new QFormLayout;
    auto* dueLabel = new QLabel(tr("&Due:"), this);
    dueLabel->setBuddy(m_dueEdit);
    form->addRow(dueLabel, dueColumn);
    auto* repeatLabel = new QLabel(tr("&Repeat:"), this);
    repeatLabel->setBuddy(m_recurrenceCombo);
    form->addRow(repeatLabel, recurrenceRow);
    form->addRow(tr("&Note:"), m_noteEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_contactLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttonBox);

    resize(460, 300);
    m_noteEdit->setFocus();
    updateState();
}

void ReminderDialog::setContactName(const QString& name)
{
    setWindowTitle(name.isEmpty() ? tr("New Reminder") : tr("Reminder for %1").arg(name));
    m_contactLabel->setText(tr("Remind me about <b>%1</b>:").arg(name.toHtmlEscaped()));
    m_contactLabel->setVisible(!name.isEmpty());
}

void ReminderDialog::setNote(const QString& note)
{
    m_noteEdit->setPlainText(note);
    m_noteEdit->selectAll();
}

Reminder ReminderDialog::reminder() const
{
    Reminder reminder;
    reminder.dueAt = m_dueEdit->dateTime().toUTC();
    reminder.note = m_noteEdit->toPlainText().trimmed();
    reminder.recurrence.unit = RecurrenceUnit(m_recurrenceCombo->currentData().toInt());
    reminder.recurrence.interval = reminder.recurrence.isRecurring() ? m_intervalSpin->value() : 1;
    return reminder;
}

void ReminderDialog::updateRecurrenceTexts()
{
    const int n = m_intervalSpin->value();
    m_recurrenceCombo->setItemText(0, tr("does not repeat"));
    m_recurrenceCombo->setItemText(1, tr("day(s)", nullptr, n));
    m_recurrenceCombo->setItemText(2, tr("week(s)", nullptr, n));
    m_recurrenceCombo->setItemText(3, tr("month(s)", nullptr, n));
    m_recurrenceCombo->setItemText(4, tr("year(s)", nullptr, n));
}

void ReminderDialog::applyPreset(int days, int months)
{
    const QDate date = m_clock.today().addDays(days).addMonths(months);
    m_dueEdit->setDateTime(QDateTime(date, m_dueEdit->time()));
}

void ReminderDialog::updateState()
{
    m_intervalSpin->setVisible(m_recurrenceCombo->currentData().toInt() != int(RecurrenceUnit::None));
    m_pastLabel->setVisible(m_dueEdit->dateTime() < m_clock.now());
}

} // namespace kith
