#include "network/RecordIntroductionDialog.h"

#include "domain/Clock.h"
#include "network/IntroductionContactField.h"
#include "storage/IntroductionStore.h"
#include "storage/TopicStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kith {

RecordIntroductionDialog::RecordIntroductionDialog(IntroductionStore& introductions, ContactStore& contacts,
                                                   TopicStore& topics, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_introductions(introductions)
    , m_topics(topics)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("recordIntroductionDialog"));
    setWindowTitle(tr("Record Introduction"));

    m_firstEdit = new IntroductionContactField(contacts, this);
    m_firstEdit->setObjectName(QStringLiteral("firstContactEdit"));
    m_firstEdit->setToolTip(tr("The person you introduced; the follow-up reminder is set on them"));
    m_secondEdit = new IntroductionContactField(contacts, this);
    m_secondEdit->setObjectName(QStringLiteral("secondContactEdit"));
    m_secondEdit->setToolTip(tr("Whom you introduced them to"));
    connect(m_firstEdit, &IntroductionContactField::contactChanged, this, &RecordIntroductionDialog::updateState);
    connect(m_secondEdit, &IntroductionContactField::contactChanged, this, &RecordIntroductionDialog::updateState);

    m_topicCombo = new QComboBox(this);
    m_topicCombo->setObjectName(QStringLiteral("topicCombo"));
    m_topicCombo->setEditable(true);
    m_topicCombo->setInsertPolicy(QComboBox::NoInsert);
    m_topicCombo->setToolTip(tr("What the introduction is about: a topic one of them has, such as a need of one "
                                "and the expertise of the other"));
    m_topicCombo->addItem(QString(), qint64(0));
    if (auto all = m_topics.all()) {
        for (const Topic& t : *all)
            m_topicCombo->addItem(t.name, t.id);
    }
    m_topicCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_topicCombo->completer()->setFilterMode(Qt::MatchContains);
    m_topicCombo->lineEdit()->setPlaceholderText(tr("None in particular"));
    connect(m_topicCombo, &QComboBox::currentTextChanged, this, &RecordIntroductionDialog::updateState);

    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("e.g. Ada is looking for a tax lawyer; Byron is one"));

    m_dateEdit = new QDateEdit(m_clock.today(), this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(m_clock.today());
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setToolTip(tr("Asked: you asked one of them; made: you put them in touch; accepted or declined: "
                                 "what they made of it"));
    for (IntroductionStatus status : allIntroductionStatuses())
        m_statusCombo->addItem(introductionStatusLabel(status), static_cast<int>(status));

    m_outcomeEdit = new QLineEdit(this);
    m_outcomeEdit->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcomeEdit->setPlaceholderText(tr("What came of it, if you know yet"));

    m_followUpSpin = new QSpinBox(this);
    m_followUpSpin->setObjectName(QStringLiteral("followUpSpin"));
    m_followUpSpin->setRange(0, 365);
    m_followUpSpin->setValue(IntroductionStore::kDefaultFollowUpDays);
    m_followUpSpin->setSpecialValueText(tr("No follow-up"));
    m_followUpSpin->setPrefix(tr("in "));
    m_followUpSpin->setSuffix(tr(" days"));
    m_followUpSpin->setToolTip(tr("A reminder to ask both how the introduction went, this many days from today"));

    // When the follow-up falls, in words.
    m_followUpDate = new QLabel(this);
    m_followUpDate->setObjectName(QStringLiteral("followUpDateLabel"));
    m_followUpDate->setEnabled(false);
    const auto showDate = [this](int days) {
        m_followUpDate->setText(
            days == 0 ? QString()
                      : tr("on %1").arg(QLocale().toString(m_clock.today().addDays(days), QLocale::LongFormat)));
    };
    connect(m_followUpSpin, &QSpinBox::valueChanged, this, showDate);
    showDate(m_followUpSpin->value());

    auto* intro = new QLabel(tr("Whom you introduced to whom, and why. Kith reminds you to ask them both how it "
                                "went, and links them once the introduction is accepted."),
                             this);
    intro->setWordWrap(true);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &RecordIntroductionDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Introduced:"), m_firstEdit);
    form->addRow(tr("&To:"), m_secondEdit);
    form->addRow(tr("T&opic:"), m_topicCombo);
    form->addRow(tr("&Why:"), m_reasonEdit);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(tr("&Status:"), m_statusCombo);
    form->addRow(tr("O&utcome:"), m_outcomeEdit);
    auto* followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUpSpin);
    followUpRow->addWidget(m_followUpDate, 1);
    // A row that is a layout gets no buddy from the form: without one, the label would show its "&".
    auto* followUpLabel = new QLabel(tr("&Follow up:"), this);
    followUpLabel->setBuddy(m_followUpSpin);
    form->addRow(followUpLabel, followUpRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttonBox);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    updateState();
}

void RecordIntroductionDialog::setPair(qint64 firstId, qint64 secondId)
{
    m_firstEdit->setContact(firstId);
    m_secondEdit->setContact(secondId);
    updateState();
}

void RecordIntroductionDialog::setTopic(qint64 topicId)
{
    const int at = m_topicCombo->findData(topicId);
    m_topicCombo->setCurrentIndex(at < 0 ? 0 : at);
}

void RecordIntroductionDialog::setReason(const QString& reason)
{
    m_reasonEdit->setText(reason);
    m_reasonEdit->setCursorPosition(0); // the start of the sentence, not its end
}

void RecordIntroductionDialog::updateState()
{
    QString hint;
    const qint64 first = m_firstEdit->contactId();
    const qint64 second = m_secondEdit->contactId();
    if (!first || !second)
        hint = tr("Choose the two people you introduced: type a name and pick them from the list.");
    else if (first == second)
        hint = tr("An introduction needs two different people.");
    else if (const QString topic = m_topicCombo->currentText().trimmed();
             !topic.isEmpty() && m_topicCombo->findText(topic, Qt::MatchFixedString) < 0)
        hint = tr("No contact has the topic “%1”; choose one from the list or leave it empty.").arg(topic);
    m_hintLabel->setText(hint);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

void RecordIntroductionDialog::accept()
{
    // Enter in a name field chooses its best match first.
    m_firstEdit->chooseTyped();
    m_secondEdit->chooseTyped();
    updateState();
    if (!m_buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Introduction i;
    i.firstId = m_firstEdit->contactId();
    i.secondId = m_secondEdit->contactId();
    const QString topic = m_topicCombo->currentText().trimmed();
    if (!topic.isEmpty())
        i.topicId = m_topicCombo->itemData(m_topicCombo->findText(topic, Qt::MatchFixedString)).toLongLong();
    i.reason = m_reasonEdit->text();
    i.introducedOn = m_dateEdit->date();
    i.status = static_cast<IntroductionStatus>(m_statusCombo->currentData().toInt());
    i.outcome = m_outcomeEdit->text();
    auto added = m_introductions.add(i, m_followUpSpin->value(), m_followUpTime, &m_linkId);
    if (!added) {
        m_hintLabel->setText(added.error());
        return;
    }
    m_introductionId = *added;
    QDialog::accept();
}

} // namespace kith
