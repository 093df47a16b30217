#include "network/IntroductionContactField.h"

#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace kith {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kMaxSuggestions = 12;

} // namespace

IntroductionContactField::IntroductionContactField(ContactStore& contacts, QWidget* parent)
    : QLineEdit(parent)
    , m_contacts(contacts)
{
    setPlaceholderText(tr("Type a name…"));
    setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The store has already matched what was typed (any word, any part of the name): show all it found.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(kNameRole);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_contactId) {
            m_contactId = 0;
            Q_EMIT contactChanged(0);
        }
        updateSuggestions(text);
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        choose(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
    });
}

void IntroductionContactField::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !m_contactId && !text().trimmed().isEmpty()) {
        chooseTyped();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void IntroductionContactField::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    const auto ids = m_contacts.ids(ContactQuery{.search = text});
    if (!ids)
        return;
    const auto summaries = m_contacts.summaries(ids->mid(0, kMaxSuggestions));
    if (!summaries)
        return;
    for (const ContactSummary& summary : *summaries) {
        auto* item = new QStandardItem;
        item->setData(summary.organization.isEmpty() ? summary.name
                                                     : tr("%1 (%2)").arg(summary.name, summary.organization),
                      Qt::DisplayRole);
        item->setData(summary.name, kNameRole);
        item->setData(summary.id, kIdRole);
        m_suggestions->appendRow(item);
    }
}

bool IntroductionContactField::chooseTyped()
{
    if (m_contactId)
        return true;
    updateSuggestions(text());
    if (m_suggestions->rowCount() == 0)
        return false;
    const QModelIndex first = m_suggestions->index(0, 0);
    choose(first.data(kIdRole).toLongLong(), first.data(kNameRole).toString());
    m_completer->popup()->hide();
    return true;
}

void IntroductionContactField::setContact(qint64 contactId)
{
    const auto summaries = m_contacts.summaries({contactId});
    if (!summaries || summaries->isEmpty()) {
        choose(0, QString());
        return;
    }
    choose(contactId, summaries->first().name);
}

void IntroductionContactField::choose(qint64 contactId, const QString& name)
{
    // The completer writes the chosen name into the field after its signal: set it afterwards too.
    setText(name);
    QMetaObject::invokeMethod(
        this, [this, name] { setText(name); }, Qt::QueuedConnection);
    if (m_contactId == contactId)
        return;
    m_contactId = contactId;
    Q_EMIT contactChanged(contactId);
}

} // namespace kith
