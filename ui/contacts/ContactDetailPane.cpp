#include "contacts/ContactDetailPane.h"

#include "contacts/ContactHealthPanel.h"
#include "contacts/ContactLinksPanel.h"
#include "contacts/ContactTopicsPanel.h"

#include "domain/Clock.h"
#include "domain/Contact.h"
#include "network/EventMetAtLabel.h"
#include "network/FavourBalancePanel.h"
#include "phone/PhoneNumbers.h"
#include "reminders/DueText.h"
#include "reminders/ReminderActions.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"
#include "storage/TagStore.h"
#include "widgets/MessageBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kith {

namespace {

constexpr int PhotoSize = 72;

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::InPerson:
        return ContactDetailPane::tr("In person");
    case Channel::Call:
        return ContactDetailPane::tr("Call");
    case Channel::Video:
        return ContactDetailPane::tr("Video call");
    case Channel::Message:
        return ContactDetailPane::tr("Message");
    case Channel::Email:
        return ContactDetailPane::tr("Email");
    case Channel::Social:
        return ContactDetailPane::tr("Social media");
    case Channel::Event:
        return ContactDetailPane::tr("Event");
    }
    return {};
}

QString initiatorText(Initiator initiator)
{
    switch (initiator) {
    case Initiator::Me:
        return ContactDetailPane::tr("I reached out");
    case Initiator::Them:
        return ContactDetailPane::tr("They reached out");
    case Initiator::Mutual:
        return ContactDetailPane::tr("Mutual");
    }
    return {};
}

QString priorityText(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return ContactDetailPane::tr("Low");
    case Priority::Normal:
        return ContactDetailPane::tr("Normal");
    case Priority::High:
        return ContactDetailPane::tr("High");
    case Priority::None:
        break;
    }
    return {};
}

QString withLabel(const QString& what, const QString& label)
{
    return label.isEmpty() ? what : ContactDetailPane::tr("%1 (%2)").arg(what, label);
}

QString partialDateText(const PartialDate& date)
{
    if (date.hasYear() && date.isValid())
        return QLocale().toString(QDate(date.year, date.month, date.day), QLocale::ShortFormat);
    //: A date without a year: %1 is the day, %2 the month's name.
    return ContactDetailPane::tr("%1 %2").arg(date.day).arg(QLocale().monthName(date.month));
}

// Whole years from `from` to `today`.
int yearsSince(const PartialDate& from, const QDate& today)
{
    int years = today.year() - from.year;
    if (today < from.inYear(today.year()))
        --years;
    return years;
}

QString linkTo(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl(href).toEncoded()).toHtmlEscaped(), text.toHtmlEscaped());
}

QString link(const QString& scheme, const QString& value)
{
    return linkTo(scheme.isEmpty() ? value : scheme + value, value);
}

QString plainRich(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QColor chipTextColor(const QColor& background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QPixmap initialsAvatar(const QString& name, const QPalette& palette)
{
    QPixmap pixmap(PhotoSize, PhotoSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawEllipse(pixmap.rect());
    QString initials;
    for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (initials.size() < 2 && part.at(0).isLetterOrNumber())
            initials += part.at(0).toUpper();
    }
    QFont font = painter.font();
    font.setPixelSize(PhotoSize / 3);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::HighlightedText));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, initials);
    return pixmap;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

// Lists inside the scrolling pane show all their rows; the pane scrolls, not the list.
void fitListHeight(QListWidget* list)
{
    int height = 2 * list->frameWidth();
    for (int row = 0; row < list->count(); ++row)
        height += list->sizeHintForRow(row) + 2 * list->spacing();
    list->setFixedHeight(qMax(height, 2 * list->frameWidth() + 4));
}

} // namespace

ContactDetailPane::ContactDetailPane(ContactStore& contacts, InteractionStore& interactions, ReminderStore& reminders,
                                     TagStore& tags, CircleStore& circles, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_interactions(interactions)
    , m_reminders(reminders)
    , m_tags(tags)
    , m_circles(circles)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("contactDetailPane"));
    setMinimumWidth(300);

    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("Select a contact to see everything about them here."), m_stack);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("detailContent"));
    auto* layout = new QVBoxLayout(content);
    m_contentLayout = layout;
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    // Header: photo, name, what they do, tags.
    m_photo = new QLabel(content);
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_photo->setFixedSize(PhotoSize, PhotoSize);
    m_photo->setAlignment(Qt::AlignCenter);
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tagRow = new QWidget(content);
    m_tagRow->setObjectName(QStringLiteral("tagChips"));
    m_tagLayout = new QHBoxLayout(m_tagRow);
    m_tagLayout->setContentsMargins(0, 0, 0, 0);
    m_tagLayout->setSpacing(4);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_tagRow);
    titles->addStretch();
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_photo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_fields = new QWidget(content);
    m_fields->setObjectName(QStringLiteral("detailFields"));
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addWidget(m_fields);

    m_remindersTitle = sectionTitle(tr("Open reminders"), content);
    layout->addWidget(m_remindersTitle);
    m_remindersList = new QListWidget(content);
    m_remindersList->setObjectName(QStringLiteral("remindersList"));
    m_remindersList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_remindersList->setSelectionMode(QAbstractItemView::NoSelection);
    m_remindersList->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_remindersList);

    // What was done, snoozed or dismissed: folded away until asked for.
    m_historyToggle = new QToolButton(content);
    m_historyToggle->setObjectName(QStringLiteral("historyToggle"));
    m_historyToggle->setCheckable(true);
    m_historyToggle->setAutoRaise(true);
    m_historyToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyToggle->setArrowType(Qt::RightArrow);
    m_historyToggle->setToolTip(tr("Show or hide what was done, snoozed or dismissed, and when"));
    QFont toggleFont = m_historyToggle->font();
    toggleFont.setBold(true);
    m_historyToggle->setFont(toggleFont);
    layout->addWidget(m_historyToggle);
    m_historyList = new QListWidget(content);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyList->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyList->setFocusPolicy(Qt::NoFocus);
    m_historyList->hide();
    layout->addWidget(m_historyList);
    connect(m_historyToggle, &QToolButton::toggled, this, [this](bool open) {
        m_historyToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_historyList->setVisible(open && m_historyList->count() > 0);
        fitListHeight(m_historyList);
    });
    m_historyToggle->hide();

    m_timelineTitle = sectionTitle(tr("Timeline"), content);
    layout->addWidget(m_timelineTitle);
    m_timelineList = new QListWidget(content);
    m_timelineList->setObjectName(QStringLiteral("timelineList"));
    m_timelineList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineList->setWordWrap(true);
    m_timelineList->setAlternatingRowColors(true);
    m_timelineList->setSpacing(1);
    layout->addWidget(m_timelineList);
    layout->addStretch();

    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(&m_contacts, &ContactStore::contactsChanged, this, &ContactDetailPane::onContactsTouched);
    connect(&m_interactions, &InteractionStore::interactionsChanged, this, &ContactDetailPane::onContactsTouched);
    connect(&m_reminders, &ReminderStore::remindersChanged, this, &ContactDetailPane::onContactsTouched);
    connect(&m_tags, &TagStore::tagsChanged, this, &ContactDetailPane::reload);
    connect(&m_circles, &CircleStore::circlesChanged, this, &ContactDetailPane::reload);
}

void ContactDetailPane::setContactId(qint64 id)
{
    if (id == m_contactId)
        return;
    m_contactId = id;
    reload();
}

void ContactDetailPane::onContactsTouched(const QList<qint64>& ids)
{
    if (m_contactId != 0 && ids.contains(m_contactId))
        reload();
}

void ContactDetailPane::reload()
{
    auto contact = m_contactId != 0 ? m_contacts.get(m_contactId) : Result<Contact>::failure(QString());
    if (!contact) {
        m_contactId = 0;
        m_remindersList->clear();
        m_timelineList->clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    showContact(*contact);
    m_stack->setCurrentIndex(1);
}

void ContactDetailPane::showContact(const Contact& contact)
{
    fillHeader(contact);
    fillTags(contact);
    fillFields(contact);
    fillReminders();
    fillHistory();
    fillTimeline();
    if (m_healthPanel) {
        // A contact in the Trash has no health: it counts for nothing until restored.
        const bool live = !contact.deletedAt.isValid();
        m_healthTitle->setVisible(live);
        m_healthPanel->setVisible(live);
        if (live)
            m_healthPanel->showContact(contact.id);
    }
    if (m_linksPanel) {
        // Links to and from a contact in the Trash wait there with it.
        const bool live = !contact.deletedAt.isValid();
        m_linksPanel->setVisible(live);
        m_linksPanel->showContact(live ? contact.id : 0);
    }
    if (m_topicsPanel) {
        const bool live = !contact.deletedAt.isValid();
        m_topicsPanel->setVisible(live);
        m_topicsPanel->showContact(live ? contact.id : 0);
    }
    if (m_favourPanel) {
        m_metAtLabel->showContact(contact.id);
        m_favourPanel->showContact(contact.id, contact.given.isEmpty() ? contact.effectiveName() : contact.given);
        m_favourPanel->setVisible(!contact.deletedAt.isValid());
    }
}

void ContactDetailPane::setRelationships(RelationshipStore& relationships, RelationshipSuggester& suggester,
                                         QUndoStack& undoStack)
{
    if (m_linksPanel)
        return;
    QWidget* content = m_contentLayout->parentWidget();
    m_linksPanel = new ContactLinksPanel(relationships, suggester, m_contacts, undoStack, content);
    // Who they are to the rest of the network, before the address book fields.
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_fields), m_linksPanel);
    connect(m_linksPanel, &ContactLinksPanel::contactActivated, this, &ContactDetailPane::contactActivated);
    connect(m_linksPanel, &ContactLinksPanel::message, this, &ContactDetailPane::message);
    connect(m_linksPanel, &ContactLinksPanel::reviewSuggestionsRequested, this,
            &ContactDetailPane::reviewSuggestionsRequested);
    reload();
}

void ContactDetailPane::setTopics(TopicStore& topics, QUndoStack& undoStack)
{
    if (m_topicsPanel)
        return;
    QWidget* content = m_contentLayout->parentWidget();
    m_topicsPanel = new ContactTopicsPanel(topics, m_contacts, undoStack, content);
    // What they can help with and are looking for, beside who they are to the network.
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_fields), m_topicsPanel);
    connect(m_topicsPanel, &ContactTopicsPanel::topicActivated, this, &ContactDetailPane::topicActivated);
    connect(m_topicsPanel, &ContactTopicsPanel::message, this, &ContactDetailPane::message);
    reload();
}

void ContactDetailPane::setEventStores(EventStore& events, FavourStore& favours)
{
    if (m_favourPanel)
        return;
    QWidget* content = m_contentLayout->parentWidget();
    m_metAtLabel = new EventMetAtLabel(events, content);
    m_favourPanel = new FavourBalancePanel(favours, content);
    // "Met at" right under the header; the favours between you beside the relationship's health.
    m_contentLayout->insertWidget(1, m_metAtLabel);
    const int afterHealth = m_healthPanel ? m_contentLayout->indexOf(m_healthPanel) + 1 : 2;
    m_contentLayout->insertWidget(afterHealth, m_favourPanel);
    reload();
}

void ContactDetailPane::setHealthService(HealthService* health)
{
    if (m_healthPanel || !health)
        return;
    QWidget* content = m_contentLayout->parentWidget();
    m_healthTitle = sectionTitle(tr("Relationship health"), content);
    m_healthPanel = new ContactHealthPanel(*health, content);
    // After the header: how the relationship is doing comes before the address book fields.
    m_contentLayout->insertWidget(1, m_healthTitle);
    m_contentLayout->insertWidget(2, m_healthPanel);
    connect(m_healthPanel, &ContactHealthPanel::suggestionAccepted, this, &ContactDetailPane::suggestionAccepted);
    connect(m_healthPanel, &ContactHealthPanel::suggestionIgnored, this, &ContactDetailPane::suggestionIgnored);
    reload();
}

void ContactDetailPane::fillHeader(const Contact& contact)
{
    const QString name = contact.effectiveName();
    m_name->setText(name.isEmpty() ? tr("(no name)") : name);
    QPixmap photo;
    if (!contact.photo.isEmpty() && photo.loadFromData(contact.photo))
        photo = photo.scaled(PhotoSize, PhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else
        photo = initialsAvatar(name, palette());
    m_photo->setPixmap(photo);

    QString subtitle;
    if (!contact.title.isEmpty() && !contact.organization.isEmpty())
        subtitle = tr("%1 at %2").arg(contact.title, contact.organization);
    else
        subtitle = contact.title.isEmpty() ? contact.organization : contact.title;
    if (contact.deletedAt.isValid()) {
        const QString trashed =
            tr("In the Trash since %1")
                .arg(QLocale().toString(contact.deletedAt.toLocalTime().date(), QLocale::ShortFormat));
        subtitle = subtitle.isEmpty() ? trashed : subtitle + QLatin1Char('\n') + trashed;
    }
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ContactDetailPane::fillTags(const Contact& contact)
{
    while (QLayoutItem* item = m_tagLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<QString, QString> colors;
    if (auto all = m_tags.all()) {
        for (const Tag& tag : *all)
            colors.insert(tag.name.toCaseFolded(), tag.color);
    }
    for (const QString& tag : contact.tags) {
        QColor color(colors.value(tag.toCaseFolded()));
        if (!color.isValid())
            color = palette().color(QPalette::Mid);
        auto* chip = new QLabel(tag, m_tagRow);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 9px; "
                                           "padding: 1px 8px; }")
                                .arg(color.name(), chipTextColor(color).name()));
        m_tagLayout->addWidget(chip);
    }
    m_tagLayout->addStretch();
    m_tagRow->setVisible(!contact.tags.isEmpty());
}

void ContactDetailPane::fillFields(const Contact& contact)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);

    auto addRow = [this](const QString& label, const QString& richValue) {
        auto* value = new QLabel(richValue, m_fields);
        value->setTextFormat(Qt::RichText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextBrowserInteraction);
        value->setOpenExternalLinks(true);
        auto* name = new QLabel(label, m_fields);
        name->setEnabled(false); // the platform's muted text colour for field names
        m_form->addRow(name, value);
    };
    auto addText = [&](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty())
            addRow(label, plainRich(text));
    };

    addText(tr("Prefix"), contact.prefix);
    addText(tr("Given name"), contact.given);
    addText(tr("Middle name"), contact.additional);
    addText(tr("Family name"), contact.family);
    addText(tr("Suffix"), contact.suffix);
    addText(tr("Nickname"), contact.nickname);
    addText(tr("Organisation"), contact.organization);
    addText(tr("Job title"), contact.title);

    for (const LabeledValue& email : contact.emails)
        addRow(withLabel(tr("Email"), email.label), link(QStringLiteral("mailto:"), email.value));
    // Numbers read the way people write them (national format at home, international abroad) and dialled in
    // E.164; one that libphonenumber cannot read stays as written.
    const PhoneNumbers phones(m_contacts.phoneRegion());
    for (const LabeledValue& phone : contact.phones) {
        const QString e164 = phones.toE164(phone.value);
        addRow(withLabel(tr("Phone"), phone.label),
               e164.isEmpty() ? link(QStringLiteral("tel:"), phone.value)
                              : linkTo(QStringLiteral("tel:") + e164, phones.forDisplay(phone.value)));
    }
    for (const PostalAddress& address : contact.addresses) {
        if (!address.isEmpty())
            addText(withLabel(tr("Address"), address.label), address.singleLine());
    }
    for (const LabeledValue& url : contact.urls) {
        const bool hasScheme = url.value.contains(QStringLiteral("://"));
        addRow(withLabel(tr("Website"), url.label),
               link(hasScheme ? QString() : QStringLiteral("https://"), url.value));
    }
    for (const LabeledValue& profile : contact.socialProfiles)
        addText(withLabel(tr("Profile"), profile.label), profile.value);

    const QDate today = m_clock.today();
    if (!contact.birthday.isNull()) {
        QString text = partialDateText(contact.birthday);
        if (contact.birthday.hasYear())
            text = tr("%1 (age %2)").arg(text).arg(yearsSince(contact.birthday, today));
        addText(tr("Birthday"), text);
    }
    if (!contact.anniversary.isNull()) {
        QString text = partialDateText(contact.anniversary);
        if (contact.anniversary.hasYear())
            text = tr("%1 (%n year(s))", nullptr, yearsSince(contact.anniversary, today)).arg(text);
        addText(tr("Anniversary"), text);
    }

    std::optional<Circle> circle;
    if (!contact.circle.isEmpty()) {
        if (auto circles = m_circles.all()) {
            for (const Circle& c : *circles) {
                if (c.key == contact.circle)
                    circle = c;
            }
        }
        addText(tr("Circle"), circle ? circle->name : contact.circle);
    }
    if (contact.cadenceDays)
        addText(tr("Keep in touch"), tr("every %n day(s)", nullptr, *contact.cadenceDays));
    else if (circle && circle->cadenceDays)
        addText(tr("Keep in touch"), tr("every %n day(s) (the circle's rhythm)", nullptr, *circle->cadenceDays));
    addText(tr("Priority"), priorityText(contact.priority));
    if (contact.closeness)
        addText(tr("Closeness"), tr("%1 of 5").arg(*contact.closeness));
    addText(tr("How we met"), contact.howMet);
    addText(tr("Where we met"), contact.whereMet);
    addText(tr("Notes"), contact.notes);
    if (contact.createdAt.isValid())
        addText(tr("Added"), QLocale().toString(contact.createdAt.toLocalTime().date(), QLocale::ShortFormat));
}

void ContactDetailPane::fillReminders()
{
    m_remindersList->clear();
    auto open = m_reminders.openForContact(m_contactId);
    const QList<Reminder> reminders = open ? *open : QList<Reminder>();
    const QDateTime now = m_clock.now();
    for (const Reminder& reminder : reminders) {
        auto* item = new QListWidgetItem(m_remindersList);
        item->setData(Qt::UserRole, reminder.id);
        auto* row = new QWidget(m_remindersList);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(6, 2, 4, 2);
        const QString due = QLocale().toString(reminder.dueAt.toLocalTime().date(), QLocale::ShortFormat);
        QString line = reminder.note.isEmpty() ? due : tr("%1 — %2").arg(due, reminder.note);
        QStringList notes;
        if (reminder.recurrence.isRecurring()) {
            const int n = reminder.recurrence.interval;
            switch (reminder.recurrence.unit) {
            case RecurrenceUnit::Days:
                notes << tr("repeats every %n day(s)", nullptr, n);
                break;
            case RecurrenceUnit::Weeks:
                notes << tr("repeats every %n week(s)", nullptr, n);
                break;
            case RecurrenceUnit::Months:
                notes << tr("repeats every %n month(s)", nullptr, n);
                break;
            case RecurrenceUnit::Years:
                notes << tr("repeats every %n year(s)", nullptr, n);
                break;
            case RecurrenceUnit::None:
                break;
            }
        }
        if (reminder.snoozedUntil.isValid() && reminder.snoozedUntil > now)
            notes << tr("snoozed until %1")
                         .arg(QLocale().toString(reminder.snoozedUntil.toLocalTime(), QLocale::ShortFormat));
        if (!notes.isEmpty())
            line += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
        auto* text = new QLabel(line, row);
        text->setObjectName(QStringLiteral("reminderText"));
        text->setWordWrap(true);
        if (reminder.dueAt <= now && !(reminder.snoozedUntil.isValid() && reminder.snoozedUntil > now)) {
            text->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
            text->setToolTip(tr("Overdue"));
        }
        auto* done = new QPushButton(tr("Done"), row);
        done->setObjectName(QStringLiteral("reminderDoneButton"));
        done->setToolTip(tr("Mark this reminder as done"));
        const qint64 id = reminder.id;
        // Queued: marking done rebuilds this list, and so deletes the button that was clicked.
        connect(
            done, &QPushButton::clicked, this, [this, id] { markReminderDone(id); }, Qt::QueuedConnection);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(done);
        item->setSizeHint(row->sizeHint());
        m_remindersList->setItemWidget(item, row);
    }
    m_remindersTitle->setText(reminders.isEmpty() ? tr("No open reminders")
                                                  : tr("Open reminders (%1)").arg(reminders.size()));
    m_remindersList->setVisible(!reminders.isEmpty());
    fitListHeight(m_remindersList);
}

void ContactDetailPane::fillTimeline()
{
    m_timelineList->clear();
    auto found = m_interactions.forContact(m_contactId);
    const QList<Interaction> interactions = found ? *found : QList<Interaction>();

    // One query for the names of everyone else who was there.
    QList<qint64> others;
    for (const Interaction& interaction : interactions) {
        for (qint64 id : interaction.participantIds) {
            if (id != m_contactId && !others.contains(id))
                others << id;
        }
    }
    QHash<qint64, QString> names;
    if (!others.isEmpty()) {
        if (auto summaries = m_contacts.summaries(others)) {
            for (const ContactSummary& summary : *summaries)
                names.insert(summary.id, summary.name);
        }
    }

    for (const Interaction& interaction : interactions) {
        QStringList lines;
        lines << tr("%1 · %2 · %3")
                     .arg(QLocale().toString(interaction.occurredAt.toLocalTime().date(), QLocale::ShortFormat),
                          channelName(interaction.channel), initiatorText(interaction.initiator));
        if (!interaction.summary.isEmpty())
            lines << interaction.summary;
        QStringList with;
        for (qint64 id : interaction.participantIds) {
            if (id != m_contactId && names.contains(id))
                with << names.value(id);
        }
        if (!with.isEmpty())
            lines << tr("With %1").arg(with.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_timelineList);
        item->setData(Qt::UserRole, interaction.id);
        if (!interaction.notes.isEmpty())
            item->setToolTip(interaction.notes);
    }
    m_timelineTitle->setText(interactions.isEmpty() ? tr("No interactions yet")
                                                    : tr("Timeline (%1)").arg(interactions.size()));
    m_timelineList->setVisible(!interactions.isEmpty());
    fitListHeight(m_timelineList);
}

void ContactDetailPane::setReminderActions(ReminderActions* actions)
{
    m_actions = actions;
    if (m_actions)
        connect(m_actions, &ReminderActions::changed, this, &ContactDetailPane::onContactsTouched);
    reload();
}

void ContactDetailPane::fillHistory()
{
    m_historyList->clear();
    if (!m_actions) {
        m_historyToggle->hide();
        m_historyList->hide();
        return;
    }
    auto history = m_actions->history(m_contactId);
    const QList<ReminderHistoryEntry> entries = history ? *history : QList<ReminderHistoryEntry>();
    for (const ReminderHistoryEntry& entry : entries) {
        QString action;
        if (entry.action == QLatin1String("done"))
            action = tr("Done");
        else if (entry.action == QLatin1String("snoozed"))
            action = entry.snoozedUntil.isValid()
                         ? tr("Snoozed until %1")
                               .arg(QLocale().toString(entry.snoozedUntil.toLocalTime(), QLocale::ShortFormat))
                         : tr("Snoozed");
        else if (entry.action == QLatin1String("dismissed"))
            action = tr("Dismissed");
        else if (entry.action == QLatin1String("skipped"))
            action = tr("Skipped");
        else
            action = entry.action;
        const QString kind = DueText::kindName(entry.kind);
        QString text = tr("%1 · %2 · %3")
                           .arg(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat), action,
                                kind.left(1).toUpper() + kind.mid(1));
        if (entry.occurrence.isValid())
            text += tr(" (due %1)").arg(QLocale().toString(entry.occurrence, QLocale::ShortFormat));
        m_historyList->addItem(text);
    }
    m_historyToggle->setText(tr("History (%1)").arg(entries.size()));
    m_historyToggle->setVisible(!entries.isEmpty());
    m_historyList->setVisible(m_historyToggle->isChecked() && !entries.isEmpty());
    fitListHeight(m_historyList);
}

void ContactDetailPane::markReminderDone(qint64 reminderId)
{
    if (m_actions) {
        // Through the actions: a recurring reminder moves to its next date, and the history records it.
        auto reminder = m_reminders.get(reminderId);
        if (!reminder) {
            MessageBox::warning(this, tr("Cannot Mark Done"), reminder.error());
            return;
        }
        DueItem item;
        item.kind = DueKind::FollowUp;
        item.contactId = reminder->contactId;
        item.reminderId = reminder->id;
        item.due = reminder->dueAt;
        item.occurrence = reminder->dueAt.toLocalTime().date();
        item.reason = reminder->note;
        if (Status status = m_actions->done(item); !status)
            MessageBox::warning(this, tr("Cannot Mark Done"), status.error());
        return;
    }
    if (Status status = m_reminders.markDone(reminderId); !status)
        MessageBox::warning(this, tr("Cannot Mark Done"), status.error());
}

} // namespace kith
