#include "network/EventDialog.h"

#include "domain/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith {

EventDialog::EventDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("New Event"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("eventNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. RustConf 2026, Ada's birthday party"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("eventKindCombo"));
    for (EventKind kind : allEventKinds())
        m_kindCombo->addItem(eventKindLabel(kind), int(kind));
    m_dateEdit = new QDateEdit(clock.today(), this);
    m_dateEdit->setObjectName(QStringLiteral("eventDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_placeEdit = new QLineEdit(this);
    m_placeEdit->setObjectName(QStringLiteral("eventPlaceEdit"));
    m_placeEdit->setPlaceholderText(tr("City or venue (optional)"));
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("eventNotesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Kind:"), m_kindCombo);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(tr("&Place:"), m_placeEdit);
    form->addRow(tr("N&otes:"), m_notesEdit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &EventDialog::updateState);
    setMinimumWidth(420);
    updateState();
}

void EventDialog::setEvent(const Event& event)
{
    m_event = event;
    setWindowTitle(event.id ? tr("Edit Event") : tr("New Event"));
    m_nameEdit->setText(event.name);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(event.kind)));
    if (event.heldOn.isValid())
        m_dateEdit->setDate(event.heldOn);
    m_placeEdit->setText(event.place);
    m_notesEdit->setPlainText(event.notes);
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.name = m_nameEdit->text().simplified();
    e.kind = EventKind(m_kindCombo->currentData().toInt());
    e.heldOn = m_dateEdit->date();
    e.place = m_placeEdit->text().simplified();
    e.notes = m_notesEdit->toPlainText().trimmed();
    return e;
}

void EventDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_nameEdit->text().simplified().isEmpty());
}

} // namespace kith
