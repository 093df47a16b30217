#include "network/FavourDialog.h"

#include "domain/Clock.h"
#include "widgets/ContactPickerEdit.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kith {

FavourDialog::FavourDialog(ContactStore& contacts, const Clock& clock, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("favourDialog"));
    setWindowTitle(tr("Log Favour"));
    m_contactEdit = new ContactPickerEdit(contacts, this);
    m_contactEdit->setObjectName(QStringLiteral("favourContactEdit"));
    m_contactEdit->setPlaceholderText(tr("Type a name"));
    m_contactHint = new QLabel(this);
    m_contactHint->setObjectName(QStringLiteral("favourContactHint"));
    m_contactHint->setEnabled(false);
    m_givenButton = new QRadioButton(tr("I did something for them"), this);
    m_givenButton->setObjectName(QStringLiteral("favourGivenButton"));
    m_givenButton->setChecked(true);
    m_receivedButton = new QRadioButton(tr("They did something for me"), this);
    m_receivedButton->setObjectName(QStringLiteral("favourReceivedButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_givenButton);
    group->addButton(m_receivedButton);
    m_whatEdit = new QLineEdit(this);
    m_whatEdit->setObjectName(QStringLiteral("favourWhatEdit"));
    m_whatEdit->setPlaceholderText(tr("e.g. Reviewed her CV, lent me a drill"));
    m_dateEdit = new QDateEdit(clock.today(), this);
    m_dateEdit->setObjectName(QStringLiteral("favourDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("favourNotesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 3);

    auto* directions = new QVBoxLayout;
    directions->setSpacing(2);
    directions->addWidget(m_givenButton);
    directions->addWidget(m_receivedButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&With:"), m_contactEdit);
    form->addRow(QString(), m_contactHint);
    form->addRow(tr("Who did it:"), directions);
    form->addRow(tr("&What:"), m_whatEdit);
    form->addRow(tr("&When:"), m_dateEdit);
    form->addRow(tr("N&otes:"), m_notesEdit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log Favour"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_contactEdit, &QLineEdit::textChanged, this, &FavourDialog::updateState);
    connect(m_whatEdit, &QLineEdit::textChanged, this, &FavourDialog::updateState);
    setMinimumWidth(440);
    updateState();
}

void FavourDialog::setContactId(qint64 contactId)
{
    m_contactEdit->setContactId(contactId);
    m_whatEdit->setFocus();
}

void FavourDialog::setFavour(const Favour& favour)
{
    m_favour = favour;
    setWindowTitle(tr("Edit Favour"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_contactEdit->setContactId(favour.contactId);
    (favour.direction == FavourDirection::Received ? m_receivedButton : m_givenButton)->setChecked(true);
    m_whatEdit->setText(favour.what);
    if (favour.happenedOn.isValid())
        m_dateEdit->setDate(favour.happenedOn);
    m_notesEdit->setPlainText(favour.notes);
    m_whatEdit->setFocus();
}

Favour FavourDialog::favour() const
{
    Favour f = m_favour;
    f.contactId = m_contactEdit->contactId();
    f.direction = m_receivedButton->isChecked() ? FavourDirection::Received : FavourDirection::Given;
    f.what = m_whatEdit->text().simplified();
    f.happenedOn = m_dateEdit->date();
    f.notes = m_notesEdit->toPlainText().trimmed();
    return f;
}

void FavourDialog::updateState()
{
    const bool known = m_contactEdit->contactId() != 0;
    const bool typed = !m_contactEdit->text().simplified().isEmpty();
    m_contactHint->setText(typed && !known ? tr("Pick one of your contacts from the list.") : QString());
    m_contactHint->setVisible(typed && !known);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(known && !m_whatEdit->text().simplified().isEmpty());
}

} // namespace kith
