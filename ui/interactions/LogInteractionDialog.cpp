#include "interactions/LogInteractionDialog.h"

#include "domain/Clock.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
// Enough to pick from; typing more narrows the list.
constexpr int kMaxSuggestions = 15;

} // namespace

LogInteractionDialog::LogInteractionDialog(ContactStore& contacts, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
{
    setObjectName(QStringLiteral("logInteractionDialog"));
    setWindowTitle(tr("Log Interaction"));

    m_occurredAtEdit = new QDateTimeEdit(this);
    m_occurredAtEdit->setObjectName(QStringLiteral("occurredAtEdit"));
    m_occurredAtEdit->setCalendarPopup(true);
    m_occurredAtEdit->setTimeSpec(Qt::LocalTime);
    m_occurredAtEdit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    const QDateTime now = clock.now().toLocalTime();
    m_occurredAtEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));

    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    const std::pair<Channel, QString> channels[] = {
        {Channel::InPerson, tr("In person")}, {Channel::Call, tr("Call")},   {Channel::Video, tr("Video")},
        {Channel::Message, tr("Message")},    {Channel::Email, tr("Email")}, {Channel::Social, tr("Social")},
        {Channel::Event, tr("Event")}};
    for (const auto& [channel, text] : channels)
        m_channelCombo->addItem(text, static_cast<int>(channel));

    m_initiatorCombo = new QComboBox(this);
    m_initiatorCombo->setObjectName(QStringLiteral("initiatorCombo"));
    m_initiatorCombo->setToolTip(tr("Who reached out"));
    m_initiatorCombo->addItem(tr("Me"), static_cast<int>(Initiator::Me));
    m_initiatorCombo->addItem(tr("Them"), static_cast<int>(Initiator::Them));
    m_initiatorCombo->addItem(tr("Mutual"), static_cast<int>(Initiator::Mutual));

    // How long it lasted counts towards the depth of the tie (a two-hour dinner is more than a quick call).
    m_durationSpin = new QSpinBox(this);
    m_durationSpin->setObjectName(QStringLiteral("durationSpin"));
    m_durationSpin->setRange(0, 24 * 60);
    m_durationSpin->setSingleStep(15);
    m_durationSpin->setSuffix(tr(" min"));
    m_durationSpin->setSpecialValueText(tr("Not recorded"));
    m_durationSpin->setToolTip(tr("How long it lasted, in minutes; leave at \"Not recorded\" if you do not know"));

    m_summaryEdit = new QLineEdit(this);
    m_summaryEdit->setObjectName(QStringLiteral("summaryEdit"));
    m_summaryEdit->setPlaceholderText(tr("e.g. Coffee, talked about her new job"));

    m_participantsList = new QListWidget(this);
    m_participantsList->setObjectName(QStringLiteral("participantsList"));
    m_participantsList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_participantsList->setMaximumHeight(m_participantsList->fontMetrics().height() * 7);
    auto* removeAction = new QAction(tr("Remove Participant"), m_participantsList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_participantsList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &LogInteractionDialog::removeSelectedParticipants);

    m_removeParticipantButton = new QPushButton(tr("&Remove"), this);
    m_removeParticipantButton->setObjectName(QStringLiteral("removeParticipantButton"));
    m_removeParticipantButton->setToolTip(tr("Remove the selected participants (Delete)"));
    m_removeParticipantButton->setAutoDefault(false);
    connect(m_removeParticipantButton, &QPushButton::clicked, this, &LogInteractionDialog::removeSelectedParticipants);
    connect(m_participantsList, &QListWidget::itemSelectionChanged, this, &LogInteractionDialog::updateState);

    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The store has already matched what was typed (any word, any part of the name): show all it found.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(kNameRole);

    m_addParticipantEdit = new QLineEdit(this);
    m_addParticipantEdit->setObjectName(QStringLiteral("addParticipantEdit"));
    m_addParticipantEdit->setPlaceholderText(tr("Add participant: type a name…"));
    m_addParticipantEdit->setCompleter(m_completer);
    m_addParticipantEdit->installEventFilter(this);
    m_addParticipantButton = new QPushButton(tr("&Add"), this);
    m_addParticipantButton->setObjectName(QStringLiteral("addParticipantButton"));
    m_addParticipantButton->setAutoDefault(false);

    connect(m_addParticipantEdit, &QLineEdit::textEdited, this, &LogInteractionDialog::updateSuggestions);
    connect(m_addParticipantEdit, &QLineEdit::textChanged, this, &LogInteractionDialog::updateState);
    connect(m_addParticipantButton, &QPushButton::clicked, this, &LogInteractionDialog::addTypedParticipant);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        addParticipant(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
        // The completer writes the chosen name into the field after this signal: clear it afterwards.
        QMetaObject::invokeMethod(m_addParticipantEdit, &QLineEdit::clear, Qt::QueuedConnection);
    });

    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setPlaceholderText(tr("What you talked about, what to follow up on…"));
    m_notesEdit->setTabChangesFocus(true);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_participantsList, 1);
    listRow->addWidget(m_removeParticipantButton, 0, Qt::AlignTop);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addParticipantEdit, 1);
    addRow->addWidget(m_addParticipantButton);
    auto* participants = new QVBoxLayout;
    participants->addLayout(listRow);
    participants->addLayout(addRow);

    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_occurredAtEdit);
    form->addRow(tr("&Channel:"), m_channelCombo);
    form->addRow(tr("&Initiated by:"), m_initiatorCombo);
    form->addRow(tr("&Duration:"), m_durationSpin);
    form->addRow(tr("&Summary:"), m_summaryEdit);
    auto* participantsLabel = new QLabel(tr("&Participants:"), this);
    participantsLabel->setBuddy(m_addParticipantEdit);
    form->addRow(participantsLabel, participants);
    form->addRow(tr("&Notes:"), m_notesEdit);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hintLabel, 1);
    bottom->addWidget(m_buttonBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bottom);

    resize(560, 520);
    updateState();
}

void LogInteractionDialog::setParticipants(const QList<qint64>& ids)
{
    m_participantsList->clear();
    QHash<qint64, QString> names;
    if (const auto summaries = m_contacts.summaries(ids); summaries.ok()) {
        for (const ContactSummary& summary : summaries.value())
            names.insert(summary.id, summary.name);
    }
    for (qint64 id : ids)
        addParticipant(id, names.value(id, tr("Contact #%1").arg(id)));
    updateState();
}

Interaction LogInteractionDialog::interaction() const
{
    Interaction interaction;
    interaction.occurredAt = m_occurredAtEdit->dateTime().toUTC();
    interaction.channel = static_cast<Channel>(m_channelCombo->currentData().toInt());
    interaction.initiator = static_cast<Initiator>(m_initiatorCombo->currentData().toInt());
    if (m_durationSpin->value() > 0)
        interaction.durationMinutes = m_durationSpin->value();
    interaction.summary = m_summaryEdit->text().trimmed();
    interaction.notes = m_notesEdit->toPlainText().trimmed();
    for (int i = 0; i < m_participantsList->count(); ++i)
        interaction.participantIds << m_participantsList->item(i)->data(kIdRole).toLongLong();
    return interaction;
}

bool LogInteractionDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the "Add participant" field adds the participant instead of closing the dialog.
    if (watched == m_addParticipantEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_addParticipantEdit->text().trimmed().isEmpty()) {
            addTypedParticipant();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LogInteractionDialog::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    const auto ids = m_contacts.ids(ContactQuery{.search = text});
    if (!ids.ok())
        return;
    QList<qint64> wanted;
    for (qint64 id : ids.value()) {
        if (!hasParticipant(id))
            wanted << id;
        if (wanted.size() >= kMaxSuggestions)
            break;
    }
    const auto summaries = m_contacts.summaries(wanted);
    if (!summaries.ok())
        return;
    for (const ContactSummary& summary : summaries.value()) {
        auto* item = new QStandardItem;
        item->setData(summary.organization.isEmpty() ? summary.name
                                                     : tr("%1 (%2)").arg(summary.name, summary.organization),
                      Qt::DisplayRole);
        item->setData(summary.name, kNameRole);
        item->setData(summary.id, kIdRole);
        m_suggestions->appendRow(item);
    }
}

void LogInteractionDialog::addParticipant(qint64 id, const QString& name)
{
    if (id <= 0 || hasParticipant(id))
        return;
    auto* item = new QListWidgetItem(name, m_participantsList);
    item->setData(kIdRole, id);
    updateState();
}

bool LogInteractionDialog::hasParticipant(qint64 id) const
{
    for (int i = 0; i < m_participantsList->count(); ++i) {
        if (m_participantsList->item(i)->data(kIdRole).toLongLong() == id)
            return true;
    }
    return false;
}

void LogInteractionDialog::addTypedParticipant()
{
    const QString text = m_addParticipantEdit->text().trimmed();
    if (text.isEmpty())
        return;
    updateSuggestions(text);
    if (m_suggestions->rowCount() == 0) {
        m_hintLabel->setText(tr("No contact matches “%1”.").arg(text));
        return;
    }
    const QModelIndex first = m_suggestions->index(0, 0);
    addParticipant(first.data(kIdRole).toLongLong(), first.data(kNameRole).toString());
    m_completer->popup()->hide();
    m_addParticipantEdit->clear();
    m_suggestions->clear();
}

void LogInteractionDialog::removeSelectedParticipants()
{
    qDeleteAll(m_participantsList->selectedItems());
    updateState();
}

void LogInteractionDialog::updateState()
{
    const bool hasParticipants = m_participantsList->count() > 0;
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hasParticipants);
    m_removeParticipantButton->setEnabled(!m_participantsList->selectedItems().isEmpty());
    m_addParticipantButton->setEnabled(!m_addParticipantEdit->text().trimmed().isEmpty());
    m_hintLabel->setText(hasParticipants ? QString() : tr("Add at least one participant."));
}

} // namespace kith
