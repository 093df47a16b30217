#include "network/SuggestedLinksDialog.h"

#include "contacts/RelationshipCommand.h"
#include "domain/ContactSummary.h"
#include "network/RelationshipSuggester.h"
#include "network/SuggestedLinksModel.h"
#include "storage/ContactStore.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kith {

SuggestedLinksDialog::SuggestedLinksDialog(RelationshipSuggester& suggester, RelationshipStore& relationships,
                                           ContactStore& contacts, QUndoStack& undoStack, QWidget* parent)
    : QDialog(parent)
    , m_suggester(suggester)
    , m_relationships(relationships)
    , m_contacts(contacts)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("suggestedLinksDialog"));
    setWindowTitle(tr("Review Suggested Links"));

    auto* intro = new QLabel(tr("Kith noticed these links in what you entered: siblings through a shared parent, "
                                "colleagues at the same organisation, people who were at the same event. Confirm the "
                                "ones that are true; rejected ones are "
                                "not suggested again."),
                             this);
    intro->setWordWrap(true);
    // A contact's pane offers a few colleagues at a large employer; this list leaves such employers out.
    auto* largeOrganizations = new QLabel(
        tr("Colleagues at organisations with more than %n contacts are not listed here; each contact's details "
           "suggest a few of them.",
           nullptr, RelationshipSuggester::kMaxColleagues),
        this);
    largeOrganizations->setObjectName(QStringLiteral("suggestedLinksLargeOrganisationsLabel"));
    largeOrganizations->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("suggestedLinksSummaryLabel"));

    m_model = new SuggestedLinksModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SuggestedLinksModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("suggestedLinksTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the suggester's order: siblings first
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int nameWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Alexandra Fitzgerald")) + 24;
    header->resizeSection(SuggestedLinksModel::Contact, nameWidth);
    header->resizeSection(SuggestedLinksModel::Other, nameWidth);
    header->resizeSection(SuggestedLinksModel::Link,
                          m_table->fontMetrics().horizontalAdvance(QStringLiteral("Colleague")) + 32);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuggestedLinksDialog::updateButtons);

    m_empty = new QLabel(tr("No suggested links right now. Kith suggests siblings when two contacts share a parent, "
                            "colleagues when they work at the same organisation, and that people who were at the same "
                            "event know each other."),
                         this);
    m_empty->setObjectName(QStringLiteral("suggestedLinksEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_confirmButton = buttons->addButton(tr("&Confirm"), QDialogButtonBox::ActionRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmSuggestionsButton"));
    m_confirmButton->setToolTip(tr("Add the selected links (Undo takes them away again)"));
    m_rejectButton = buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    m_rejectButton->setObjectName(QStringLiteral("rejectSuggestionsButton"));
    m_rejectButton->setToolTip(tr("Not so: do not suggest the selected links again"));
    for (QPushButton* button : {m_confirmButton, m_rejectButton, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);
    connect(m_confirmButton, &QPushButton::clicked, this, &SuggestedLinksDialog::confirmSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &SuggestedLinksDialog::rejectSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(largeOrganizations);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    reload();
}

void SuggestedLinksDialog::reload()
{
    auto suggestions = m_suggester.all();
    if (!suggestions) {
        m_model->setSuggestions({}, {});
        m_empty->setText(suggestions.error());
        m_stack->setCurrentWidget(m_empty);
        m_summary->hide();
        updateButtons();
        return;
    }
    QSet<qint64> ids;
    for (const RelationshipSuggestion& s : std::as_const(*suggestions))
        ids << s.link.contactId << s.link.otherId;
    QHash<qint64, QString> names;
    if (auto summaries = m_contacts.summaries(ids.values())) {
        for (const ContactSummary& summary : std::as_const(*summaries))
            names.insert(summary.id, summary.name);
    }
    m_model->setSuggestions(*suggestions, names);
    m_stack->setCurrentWidget(suggestions->isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    m_summary->setText(
        tr("%n suggested link(s). Select some, then Confirm or Reject.", nullptr, int(suggestions->size())));
    m_summary->setVisible(!suggestions->isEmpty());
    updateButtons();
}

QList<RelationshipSuggestion> SuggestedLinksDialog::selected() const
{
    QList<RelationshipSuggestion> chosen;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        chosen << m_model->suggestions().at(m_proxy->mapToSource(row).row());
    return chosen;
}

void SuggestedLinksDialog::confirmSelected()
{
    const QList<RelationshipSuggestion> chosen = selected();
    if (chosen.isEmpty())
        return;
    // One undo step for what one click did.
    m_undoStack.beginMacro(tr("Confirm %n suggested link(s)", nullptr, int(chosen.size())));
    int added = 0;
    QString error;
    for (const RelationshipSuggestion& suggestion : chosen) {
        auto id = m_suggester.confirm(suggestion);
        if (!id) {
            error = id.error();
            break;
        }
        m_undoStack.push(new RelationshipCommand(m_relationships, m_contacts, RelationshipCommand::Direction::Add,
                                                 suggestion.link, parentWidget()));
        ++added;
    }
    m_undoStack.endMacro();
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Cannot Add Relationship"), error);
    m_lastMessage = tr("Added %n link(s). Undo takes them away again.", nullptr, added);
    reload();
}

void SuggestedLinksDialog::rejectSelected()
{
    const QList<RelationshipSuggestion> chosen = selected();
    int rejected = 0;
    for (const RelationshipSuggestion& suggestion : chosen) {
        if (Status status = m_suggester.reject(suggestion); !status) {
            MessageBox::warning(this, tr("Cannot Reject Suggestion"), status.error());
            break;
        }
        ++rejected;
    }
    m_lastMessage = tr("Kith will not suggest %n link(s) again.", nullptr, rejected);
    reload();
}

void SuggestedLinksDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_confirmButton->setEnabled(any);
    m_rejectButton->setEnabled(any);
}

} // namespace kith
