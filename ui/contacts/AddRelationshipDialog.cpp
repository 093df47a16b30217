#include "contacts/AddRelationshipDialog.h"

#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kMaxSuggestions = 15;
// Enough to find the one contact whose whole name was typed among those sharing a word with it.
constexpr int kMaxExactCandidates = 200;

// How a link reads: `other` is `self`'s `type`.
QString sentence(RelationshipType type, const QString& other, const QString& self)
{
    switch (type) {
    case RelationshipType::Knows:
        return AddRelationshipDialog::tr("%1 and %2 know each other.").arg(other, self);
    case RelationshipType::IntroducedBy:
        return AddRelationshipDialog::tr("%1 introduced %2.").arg(other, self);
    case RelationshipType::Introduced:
        return AddRelationshipDialog::tr("%1 introduced %2.").arg(self, other);
    default:
        break;
    }
    const QString forward = AddRelationshipDialog::tr("%1 is %2's %3.").arg(other, self, relationshipTypeNoun(type));
    if (isSymmetric(type))
        return forward;
    //: Two sentences: how the link reads from each side.
    return AddRelationshipDialog::tr("%1 %2").arg(
        forward, AddRelationshipDialog::tr("%1 is %2's %3.").arg(self, other, relationshipTypeNoun(inverse(type))));
}

} // namespace

AddRelationshipDialog::AddRelationshipDialog(ContactStore& contacts, qint64 contactId,
                                             const QList<Relationship>& existing, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_contactId(contactId)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("addRelationshipDialog"));
    if (auto contact = m_contacts.get(contactId))
        m_contactName = contact->effectiveName();
    setWindowTitle(tr("Add Relationship"));

    auto* intro = new QLabel(tr("Link <b>%1</b> to another contact.").arg(m_contactName.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The store has already matched what was typed (any word, any part of the name): show all it found.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(kNameRole);

    m_otherEdit = new QLineEdit(this);
    m_otherEdit->setObjectName(QStringLiteral("relationshipContactEdit"));
    m_otherEdit->setPlaceholderText(tr("Type a name…"));
    m_otherEdit->setToolTip(tr("The other contact: type part of their name and pick them from the list"));
    m_otherEdit->setCompleter(m_completer);
    m_otherEdit->setClearButtonEnabled(true);
    connect(m_otherEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        updateSuggestions(text);
        m_otherId = exactMatch(text);
        m_otherName = m_otherId ? text.trimmed() : QString();
        updateState();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        m_otherId = index.data(kIdRole).toLongLong();
        m_otherName = index.data(kNameRole).toString();
        updateState();
    });

    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("relationshipTypeCombo"));
    m_typeCombo->setToolTip(tr("What the other contact is to %1").arg(m_contactName));
    for (RelationshipType type : allRelationshipTypes())
        m_typeCombo->addItem(relationshipTypeLabel(type), int(type));
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(RelationshipType::Knows)));
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &AddRelationshipDialog::updateState);

    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("relationshipNoteEdit"));
    m_noteEdit->setPlaceholderText(tr("Optional, e.g. “met at Ada's wedding”"));

    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("relationshipSentenceLabel"));
    m_sentence->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("relationshipProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Contact:"), m_otherEdit);
    //: Form label: the relationship the other contact has to this one, e.g. "Parent".
    form->addRow(tr("&Is %1's:").arg(m_contactName), m_typeCombo);
    form->addRow(tr("&Note:"), m_noteEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_sentence);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    resize(480, sizeHint().height());
    updateState();
}

void AddRelationshipDialog::setOtherContact(qint64 id)
{
    auto summaries = m_contacts.summaries({id});
    if (!summaries || summaries->isEmpty())
        return;
    m_otherId = id;
    m_otherName = summaries->constFirst().name;
    m_otherEdit->setText(m_otherName);
    updateState();
}

void AddRelationshipDialog::setType(RelationshipType type)
{
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(type)));
}

Relationship AddRelationshipDialog::relationship() const
{
    Relationship r;
    r.contactId = m_contactId;
    r.otherId = m_otherId;
    r.type = RelationshipType(m_typeCombo->currentData().toInt());
    r.note = m_noteEdit->text().trimmed();
    return r;
}

void AddRelationshipDialog::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    auto ids = m_contacts.ids(ContactQuery{.search = text});
    if (!ids)
        return;
    QList<qint64> wanted = *ids;
    if (wanted.size() > kMaxSuggestions)
        wanted.resize(kMaxSuggestions);
    auto summaries = m_contacts.summaries(wanted);
    if (!summaries)
        return;
    for (const ContactSummary& summary : std::as_const(*summaries)) {
        auto* item = new QStandardItem;
        item->setData(summary.organization.isEmpty() ? summary.name
                                                     : tr("%1 (%2)").arg(summary.name, summary.organization),
                      Qt::DisplayRole);
        item->setData(summary.name, kNameRole);
        item->setData(summary.id, kIdRole);
        m_suggestions->appendRow(item);
    }
}

qint64 AddRelationshipDialog::exactMatch(const QString& text) const
{
    const QString name = text.simplified();
    if (name.isEmpty())
        return 0;
    auto ids = m_contacts.ids(ContactQuery{.search = name});
    if (!ids)
        return 0;
    QList<qint64> candidates = *ids;
    if (candidates.size() > kMaxExactCandidates)
        candidates.resize(kMaxExactCandidates);
    auto summaries = m_contacts.summaries(candidates);
    if (!summaries)
        return 0;
    qint64 found = 0;
    for (const ContactSummary& summary : std::as_const(*summaries)) {
        if (summary.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            return 0; // two people of that name: the list tells them apart
        found = summary.id;
    }
    return found;
}

void AddRelationshipDialog::updateState()
{
    const RelationshipType type = RelationshipType(m_typeCombo->currentData().toInt());
    QString problem;
    QString text;
    if (m_otherId == 0) {
        text = tr("Choose who %1 is linked to.").arg(m_contactName);
        if (!m_otherEdit->text().trimmed().isEmpty() && m_suggestions->rowCount() == 0)
            problem = tr("No contact matches “%1”.").arg(m_otherEdit->text().trimmed());
        else if (!m_otherEdit->text().trimmed().isEmpty())
            text = tr("Pick the contact from the list.");
    } else if (m_otherId == m_contactId) {
        problem = tr("%1 cannot be linked to themselves.").arg(m_contactName);
    } else {
        text = sentence(type, m_otherName, m_contactName);
        QStringList others;
        for (const Relationship& r : std::as_const(m_existing)) {
            if (r.otherId != m_otherId)
                continue;
            if (r.type == type)
                problem =
                    tr("%1 is already linked to %2 as %3.").arg(m_contactName, m_otherName, relationshipTypeNoun(type));
            else
                others << relationshipTypeNoun(r.type);
        }
        if (problem.isEmpty() && !others.isEmpty())
            text += QLatin1Char(' ') +
                    tr("They are already linked as %1; this adds another link.").arg(others.join(QStringLiteral(", ")));
    }
    m_sentence->setText(text);
    m_sentence->setVisible(!text.isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_otherId != 0 && problem.isEmpty());
}

} // namespace kith
