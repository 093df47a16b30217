#include "network/EventMeetingDialog.h"

#include "domain/Clock.h"
#include "storage/EventStore.h"
#include "widgets/ContactPickerEdit.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordTableView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace kith {

EventMeetingDialog::EventMeetingDialog(MeetingRecorder& recorder, EventStore& events, ContactStore& contacts,
                                       const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_recorder(recorder)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("eventMeetingDialog"));
    setWindowTitle(tr("I Met These People At…"));

    m_eventCombo = new QComboBox(this);
    m_eventCombo->setObjectName(QStringLiteral("meetingEventCombo"));
    m_eventCombo->addItem(tr("A new event…"), qint64(0));
    if (auto all = events.all()) {
        for (const EventSummary& s : *all) {
            //: An event in the list to choose from: its name and its date.
            m_eventCombo->addItem(
                tr("%1 (%2)").arg(s.event.name, QLocale().toString(s.event.heldOn, QLocale::ShortFormat)), s.event.id);
        }
    }

    m_newEventFields = new QWidget(this);
    m_newEventFields->setObjectName(QStringLiteral("newEventFields"));
    m_nameEdit = new QLineEdit(m_newEventFields);
    m_nameEdit->setObjectName(QStringLiteral("meetingEventName"));
    m_nameEdit->setPlaceholderText(tr("e.g. Rust Meetup Berlin"));
    m_kindCombo = new QComboBox(m_newEventFields);
    m_kindCombo->setObjectName(QStringLiteral("meetingEventKind"));
    for (EventKind kind : allEventKinds())
        m_kindCombo->addItem(eventKindLabel(kind), int(kind));
    m_dateEdit = new QDateEdit(clock.today(), m_newEventFields);
    m_dateEdit->setObjectName(QStringLiteral("meetingEventDate"));
    m_dateEdit->setCalendarPopup(true);
    m_placeEdit = new QLineEdit(m_newEventFields);
    m_placeEdit->setObjectName(QStringLiteral("meetingEventPlace"));
    m_placeEdit->setPlaceholderText(tr("City or venue (optional)"));
    auto* eventForm = new QFormLayout(m_newEventFields);
    eventForm->setContentsMargins(0, 0, 0, 0);
    eventForm->addRow(tr("&Name:"), m_nameEdit);
    auto* kindAndDate = new QHBoxLayout;
    kindAndDate->addWidget(m_kindCombo);
    kindAndDate->addWidget(new QLabel(tr("on"), m_newEventFields));
    kindAndDate->addWidget(m_dateEdit);
    kindAndDate->addStretch();
    eventForm->addRow(tr("Kind:"), kindAndDate); // a layout has no buddy for a mnemonic
    eventForm->addRow(tr("&Place:"), m_placeEdit);

    m_namesEdit = new QPlainTextEdit(this);
    m_namesEdit->setObjectName(QStringLiteral("meetingNamesEdit"));
    m_namesEdit->setPlaceholderText(tr("One name per line, for example:\nAda Lovelace\nGrace Hopper"));
    m_namesEdit->setTabChangesFocus(true);
    m_namesEdit->setMinimumHeight(m_namesEdit->fontMetrics().lineSpacing() * 6);
    m_picker = new ContactPickerEdit(contacts, this);
    m_picker->setObjectName(QStringLiteral("meetingContactPicker"));
    m_picker->setPlaceholderText(tr("Add one of your contacts: type to search"));
    connect(m_picker, &ContactPickerEdit::contactPicked, this, [this](qint64 id, const QString& name) {
        // The id keeps two people of one name apart; the preview shows the name.
        QString text = m_namesEdit->toPlainText();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        m_namesEdit->setPlainText(text + QStringLiteral("%1 #%2\n").arg(name).arg(id));
        QTimer::singleShot(0, m_picker, &QLineEdit::clear);
    });

    m_followUpSpin = new QSpinBox(this);
    m_followUpSpin->setObjectName(QStringLiteral("meetingFollowUpSpin"));
    m_followUpSpin->setRange(0, 365);
    m_followUpSpin->setValue(3);
    m_followUpSpin->setSpecialValueText(tr("No follow-up"));
    m_followUpSpin->setPrefix(tr("in "));
    m_followUpSpin->setSuffix(tr(" days"));
    m_followUpSpin->setToolTip(tr("A follow-up reminder for each person, this many days from today"));

    m_previewModel = new QStandardItemModel(0, 2, this);
    m_previewModel->setHorizontalHeaderLabels({tr("Person"), tr("What Kith will do")});
    m_previewView = new RecordTableView(QAbstractItemView::NoSelection, this);
    m_previewView->setObjectName(QStringLiteral("meetingPreview"));
    m_previewView->setModel(m_previewModel);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setMinimumHeight(m_previewView->fontMetrics().lineSpacing() * 7);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("meetingSummary"));
    m_summaryLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Event:"), m_eventCombo);
    form->addRow(QString(), m_newEventFields);
    form->addRow(tr("&People:"), m_namesEdit);
    form->addRow(QString(), m_picker);
    form->addRow(tr("&Follow up:"), m_followUpSpin);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventMeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // one look-up after a burst of typing
    connect(m_previewTimer, &QTimer::timeout, this, &EventMeetingDialog::updatePreview);
    const auto later = [this] {
        m_previewTimer->start();
    };
    connect(m_namesEdit, &QPlainTextEdit::textChanged, this, later);
    connect(m_eventCombo, &QComboBox::currentIndexChanged, this, [this, later] {
        m_newEventFields->setVisible(chosenEventId() == 0);
        later();
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &EventMeetingDialog::updateState);
    connect(m_followUpSpin, &QSpinBox::valueChanged, this, &EventMeetingDialog::updateState);
    resize(560, 640);
    updatePreview();
}

void EventMeetingDialog::setEventId(qint64 eventId)
{
    const int index = m_eventCombo->findData(eventId);
    m_eventCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_newEventFields->setVisible(chosenEventId() == 0);
    updatePreview();
}

qint64 EventMeetingDialog::chosenEventId() const
{
    return m_eventCombo->currentData().toLongLong();
}

Event EventMeetingDialog::newEvent() const
{
    Event e;
    e.name = m_nameEdit->text().simplified();
    e.kind = EventKind(m_kindCombo->currentData().toInt());
    e.heldOn = m_dateEdit->date();
    e.place = m_placeEdit->text().simplified();
    return e;
}

void EventMeetingDialog::updatePreview()
{
    m_previewTimer->stop();
    const QStringList lines = m_namesEdit->toPlainText().split(QLatin1Char('\n'));
    auto people = m_recorder.resolve(lines, {}, chosenEventId());
    m_previewError = people ? QString() : people.error();
    m_people = people ? *people : QList<MetPerson>{};
    m_previewModel->removeRows(0, m_previewModel->rowCount());
    for (const MetPerson& p : std::as_const(m_people)) {
        QString what;
        if (p.alreadyThere)
            what = tr("Already on this event's list: left as it is");
        else if (p.isNew())
            what = tr("New contact");
        else if (p.sameName > 1)
            what = tr("Existing contact (one of %1 with this name; pick from the list to choose)").arg(p.sameName);
        else
            what = tr("Existing contact");
        auto* name = new QStandardItem(p.name);
        auto* action = new QStandardItem(what);
        if (p.isNew()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_previewModel->appendRow({name, action});
    }
    m_previewView->resizeColumnToContents(0);
    updateState();
}

void EventMeetingDialog::updateState()
{
    int added = 0, fresh = 0;
    for (const MetPerson& p : std::as_const(m_people)) {
        if (p.alreadyThere)
            continue;
        ++added;
        fresh += p.isNew() ? 1 : 0;
    }
    QString summary;
    if (!m_previewError.isEmpty()) {
        summary = m_previewError;
    } else if (added == 0) {
        summary = tr("Type the names of the people you met, or pick them from your contacts.");
    } else {
        summary = tr("%1 new, %2 already in your contacts.").arg(fresh).arg(added - fresh);
        if (m_followUpSpin->value() > 0) {
            const QDate day = m_clock.today().addDays(m_followUpSpin->value());
            summary += QLatin1Char(' ') +
                       tr("Each gets a follow-up reminder on %1.").arg(QLocale().toString(day, QLocale::LongFormat));
        }
    }
    m_summaryLabel->setText(summary);
    const bool eventOk = chosenEventId() != 0 || !m_nameEdit->text().simplified().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(eventOk && added > 0 && m_previewError.isEmpty());
}

void EventMeetingDialog::accept()
{
    updatePreview(); // what was typed last counts, even within the preview's delay
    MeetingPlan plan;
    plan.eventId = chosenEventId();
    plan.newEvent = newEvent();
    plan.people = m_people;
    plan.followUpDays = m_followUpSpin->value();
    auto outcome = m_recorder.record(plan);
    if (!outcome) {
        MessageBox::warning(this, tr("Cannot Record"), outcome.error());
        return;
    }
    m_outcome = *outcome;
    QDialog::accept();
}

} // namespace kith
