#include "contacts/ContactLinksPanel.h"

#include "contacts/AddRelationshipDialog.h"
#include "contacts/RelationshipCommand.h"
#include "domain/ContactSummary.h"
#include "network/RelationshipSuggester.h"
#include "storage/ContactStore.h"
#include "storage/RelationshipStore.h"
#include "widgets/MessageBox.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kith {

namespace {

// The pane shows a few; the rest wait in Network > Review Suggested Links.
constexpr int kShownSuggestions = 3;

QString nameLink(qint64 id, const QString& name)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(id).arg(name.toHtmlEscaped());
}

// One link as its row reads, in rich text: `other` is `self`'s `type`.
QString rowText(RelationshipType type, qint64 otherId, const QString& other, const QString& self)
{
    const QString link = nameLink(otherId, other);
    switch (type) {
    case RelationshipType::IntroducedBy:
        //: In the Relationships section: %1 (a link to the contact) introduced %2 (the contact shown).
        return ContactLinksPanel::tr("%1 — introduced %2").arg(link, self.toHtmlEscaped());
    case RelationshipType::Introduced:
        return ContactLinksPanel::tr("%1 — introduced by %2").arg(link, self.toHtmlEscaped());
    default:
        //: In the Relationships section: %1 (a link to the contact) is the shown contact's %2 ("parent").
        return ContactLinksPanel::tr("%1 — %2").arg(link, relationshipTypeNoun(type).toHtmlEscaped());
    }
}

void makeMuted(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    widget->setPalette(palette);
}

} // namespace

ContactLinksPanel::ContactLinksPanel(RelationshipStore& relationships, RelationshipSuggester& suggester,
                                     ContactStore& contacts, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_relationships(relationships)
    , m_suggester(suggester)
    , m_contacts(contacts)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("contactLinksPanel"));

    m_title = new QLabel(tr("Relationships"), this);
    m_title->setObjectName(QStringLiteral("relationshipsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_addButton = new QPushButton(tr("Add Relationship…"), this);
    m_addButton->setObjectName(QStringLiteral("addRelationshipButton"));
    m_addButton->setToolTip(tr("Link this contact to another: family, friend, colleague, mentor, who introduced whom"));
    m_addButton->setFlat(true);
    connect(m_addButton, &QPushButton::clicked, this, &ContactLinksPanel::addRelationship);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_addButton);

    m_rows = new QWidget(this);
    m_rows->setObjectName(QStringLiteral("relationshipRows"));
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(0);

    m_empty = new QLabel(tr("No relationships yet. Add who is family, a friend or a colleague."), this);
    m_empty->setObjectName(QStringLiteral("relationshipsEmptyLabel"));
    m_empty->setWordWrap(true);
    makeMuted(m_empty);

    m_suggestionFrame = new QFrame(this);
    m_suggestionFrame->setObjectName(QStringLiteral("linkSuggestionsFrame"));
    m_suggestionFrame->setFrameShape(QFrame::StyledPanel);
    m_suggestionLayout = new QVBoxLayout(m_suggestionFrame);
    m_suggestionLayout->setContentsMargins(8, 6, 8, 6);
    m_suggestionLayout->setSpacing(4);
    m_suggestionFrame->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_rows);
    layout->addWidget(m_empty);
    layout->addWidget(m_suggestionFrame);

    connect(&m_relationships, &RelationshipStore::relationshipsChanged, this, [this](const QList<qint64>& ids) {
        if (m_contactId != 0 && ids.contains(m_contactId))
            reload();
    });
    connect(&m_contacts, &ContactStore::contactsChanged, this, &ContactLinksPanel::onContactsChanged);
}

void ContactLinksPanel::showContact(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

void ContactLinksPanel::onContactsChanged(const QList<qint64>& ids)
{
    if (m_contactId == 0)
        return;
    // A renamed, trashed or restored contact on the other end, or a new employer that suggests colleagues.
    for (qint64 id : ids) {
        if (id == m_contactId || m_names.contains(id)) {
            reload();
            return;
        }
    }
}

void ContactLinksPanel::reload()
{
    m_links.clear();
    m_suggestions.clear();
    m_colleaguesLeftOut = 0;
    m_colleagueOrganization.clear();
    m_names.clear();
    m_contactName.clear();
    if (m_contactId != 0) {
        if (auto contact = m_contacts.get(m_contactId))
            m_contactName = contact->effectiveName();
        if (auto links = m_relationships.forContact(m_contactId))
            m_links = *links;
        if (auto suggestions = m_suggester.forContact(m_contactId)) {
            m_suggestions = suggestions->suggestions;
            m_colleaguesLeftOut = suggestions->colleaguesLeftOut;
            m_colleagueOrganization = suggestions->organization;
        }
        QList<qint64> others;
        for (const Relationship& link : std::as_const(m_links))
            others << link.otherId;
        for (int i = 0; i < m_suggestions.size() && i < kShownSuggestions; ++i)
            others << m_suggestions.at(i).link.otherId;
        if (auto summaries = m_contacts.summaries(others)) {
            for (const ContactSummary& summary : std::as_const(*summaries))
                m_names.insert(summary.id, summary.name);
        }
    }
    fillLinks();
    fillSuggestions();
}

QString ContactLinksPanel::nameOf(qint64 id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? tr("Contact #%1").arg(id) : name;
}

void ContactLinksPanel::fillLinks()
{
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Relationship& link : std::as_const(m_links)) {
        auto* row = new QWidget(m_rows);
        row->setObjectName(QStringLiteral("relationshipRow"));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(4);
        auto* text = new QLabel(rowText(link.type, link.otherId, nameOf(link.otherId), m_contactName), row);
        text->setObjectName(QStringLiteral("relationshipLabel"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        text->setToolTip(link.note.isEmpty() ? tr("Open %1").arg(nameOf(link.otherId)) : link.note);
        connect(text, &QLabel::linkActivated, this,
                [this](const QString& href) { Q_EMIT contactActivated(href.toLongLong()); });
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("removeRelationshipButton"));
        remove->setText(QStringLiteral("✕"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this relationship (Undo brings it back)"));
        remove->setAccessibleName(tr("Remove the link to %1").arg(nameOf(link.otherId)));
        // Queued: removing rebuilds these rows, and so deletes the button that was clicked.
        connect(
            remove, &QToolButton::clicked, this, [this, link] { removeLink(link); }, Qt::QueuedConnection);
        rowLayout->addWidget(text, 1);
        if (!link.note.isEmpty()) {
            auto* note = new QLabel(QStringLiteral("✎"), row);
            note->setObjectName(QStringLiteral("relationshipNoteMark"));
            note->setToolTip(link.note);
            makeMuted(note);
            rowLayout->addWidget(note);
        }
        rowLayout->addWidget(remove);
        m_rowsLayout->addWidget(row);
    }
    m_title->setText(m_links.isEmpty() ? tr("Relationships") : tr("Relationships (%Ln)", nullptr, int(m_links.size())));
    m_rows->setVisible(!m_links.isEmpty());
    m_empty->setVisible(m_links.isEmpty());
    m_addButton->setEnabled(m_contactId != 0);
}

void ContactLinksPanel::fillSuggestions()
{
    while (QLayoutItem* item = m_suggestionLayout->takeAt(0)) {
        if (QLayout* inner = item->layout()) {
            while (QLayoutItem* innerItem = inner->takeAt(0)) {
                delete innerItem->widget();
                delete innerItem;
            }
        }
        delete item->widget();
        delete item;
    }
    if (m_suggestions.isEmpty()) {
        m_suggestionFrame->hide();
        return;
    }
    auto* heading = new QLabel(tr("Suggested"), m_suggestionFrame);
    heading->setObjectName(QStringLiteral("linkSuggestionsHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_suggestionLayout->addWidget(heading);
    for (int i = 0; i < m_suggestions.size() && i < kShownSuggestions; ++i) {
        const RelationshipSuggestion suggestion = m_suggestions.at(i);
        const Relationship& link = suggestion.link;
        auto* row = new QHBoxLayout;
        row->setSpacing(6);
        auto* text = new QLabel(m_suggestionFrame);
        text->setObjectName(QStringLiteral("linkSuggestionLabel"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        text->setText(rowText(link.type, link.otherId, nameOf(link.otherId), m_contactName) +
                      QStringLiteral("<br><small>") + suggestion.reason.toHtmlEscaped() + QStringLiteral("</small>"));
        connect(text, &QLabel::linkActivated, this,
                [this](const QString& href) { Q_EMIT contactActivated(href.toLongLong()); });
        auto* confirmButton = new QPushButton(tr("Confirm"), m_suggestionFrame);
        confirmButton->setObjectName(QStringLiteral("confirmLinkButton"));
        confirmButton->setToolTip(tr("Add this link: %1 is %2's %3")
                                      .arg(nameOf(link.otherId), m_contactName, relationshipTypeNoun(link.type)));
        auto* rejectButton = new QPushButton(tr("Reject"), m_suggestionFrame);
        rejectButton->setObjectName(QStringLiteral("rejectLinkButton"));
        rejectButton->setToolTip(tr("Not so: do not suggest this link again"));
        // Queued: either changes the links, which rebuilds these rows under the clicked button.
        connect(
            confirmButton, &QPushButton::clicked, this, [this, suggestion] { confirm(suggestion); },
            Qt::QueuedConnection);
        connect(
            rejectButton, &QPushButton::clicked, this, [this, suggestion] { reject(suggestion); },
            Qt::QueuedConnection);
        row->addWidget(text, 1);
        row->addWidget(confirmButton, 0, Qt::AlignVCenter);
        row->addWidget(rejectButton, 0, Qt::AlignVCenter);
        m_suggestionLayout->addLayout(row);
    }
    if (m_suggestions.size() > kShownSuggestions) {
        const int more = int(m_suggestions.size()) - kShownSuggestions;
        auto* moreLabel = new QLabel(QStringLiteral("<a href=\"review\">%1</a>")
                                         .arg(tr("%n more suggestion(s)…", nullptr, more).toHtmlEscaped()),
                                     m_suggestionFrame);
        moreLabel->setObjectName(QStringLiteral("moreLinkSuggestionsLabel"));
        moreLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        moreLabel->setToolTip(tr("Review every suggested link"));
        connect(moreLabel, &QLabel::linkActivated, this, &ContactLinksPanel::reviewSuggestionsRequested);
        m_suggestionLayout->addWidget(moreLabel);
    }
    if (m_colleaguesLeftOut > 0) {
        auto* capped = new QLabel(
            tr("%n more colleagues at %1 are not suggested: too many to list them all.", nullptr, m_colleaguesLeftOut)
                .arg(m_colleagueOrganization),
            m_suggestionFrame);
        capped->setObjectName(QStringLiteral("colleaguesLeftOutLabel"));
        capped->setWordWrap(true);
        makeMuted(capped);
        m_suggestionLayout->addWidget(capped);
    }
    m_suggestionFrame->show();
}

QStringList ContactLinksPanel::linkTexts() const
{
    QStringList texts;
    const QList<QLabel*> labels = m_rows->findChildren<QLabel*>(QStringLiteral("relationshipLabel"));
    for (const QLabel* label : labels)
        texts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    return texts;
}

void ContactLinksPanel::addRelationship()
{
    if (m_contactId == 0)
        return;
    AddRelationshipDialog dialog(m_contacts, m_contactId, m_links, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Relationship link = dialog.relationship();
    auto id = m_relationships.add(link);
    if (!id) {
        MessageBox::warning(window(), tr("Cannot Add Relationship"), id.error());
        return;
    }
    m_undoStack.push(
        new RelationshipCommand(m_relationships, m_contacts, RelationshipCommand::Direction::Add, link, window()));
    QString other;
    if (auto summaries = m_contacts.summaries({link.otherId}); summaries && !summaries->isEmpty())
        other = summaries->constFirst().name;
    Q_EMIT message(tr("Linked %1 and %2.").arg(m_contactName, other));
}

void ContactLinksPanel::removeLink(const Relationship& link)
{
    const QString other = nameOf(link.otherId);
    if (Status status = m_relationships.remove(link.contactId, link.otherId, link.type); !status) {
        MessageBox::warning(window(), tr("Cannot Remove Relationship"), status.error());
        return;
    }
    m_undoStack.push(
        new RelationshipCommand(m_relationships, m_contacts, RelationshipCommand::Direction::Remove, link, window()));
    Q_EMIT message(tr("Removed the link between %1 and %2. Undo brings it back.").arg(m_contactName, other));
}

void ContactLinksPanel::confirm(const RelationshipSuggestion& suggestion)
{
    auto id = m_suggester.confirm(suggestion);
    if (!id) {
        MessageBox::warning(window(), tr("Cannot Add Relationship"), id.error());
        return;
    }
    m_undoStack.push(new RelationshipCommand(m_relationships, m_contacts, RelationshipCommand::Direction::Add,
                                             suggestion.link, window()));
    Q_EMIT message(tr("Linked %1 and %2.").arg(m_contactName, nameOf(suggestion.link.otherId)));
}

void ContactLinksPanel::reject(const RelationshipSuggestion& suggestion)
{
    const QString other = nameOf(suggestion.link.otherId);
    if (Status status = m_suggester.reject(suggestion); !status) {
        MessageBox::warning(window(), tr("Cannot Reject Suggestion"), status.error());
        return;
    }
    Q_EMIT message(tr("Kith will not suggest linking %1 and %2 as %3 again.")
                       .arg(m_contactName, other, relationshipTypeNoun(suggestion.link.type)));
}

} // namespace kith
