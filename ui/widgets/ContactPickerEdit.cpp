#include "widgets/ContactPickerEdit.h"

#include "domain/ContactSummary.h"
#include "storage/ContactStore.h"

#include <QCompleter>
#include <QStringListModel>

namespace kith {

ContactPickerEdit::ContactPickerEdit(ContactStore& contacts, QWidget* parent)
    : QLineEdit(parent)
    , m_contacts(contacts)
{
    setClearButtonEnabled(true);
    m_model = new QStringListModel(this);
    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& entry) {
        const qint64 id = m_ids.value(entry.toCaseFolded());
        if (id)
            Q_EMIT contactPicked(id, m_names.value(id));
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (const qint64 id = contactId())
            Q_EMIT contactPicked(id, m_names.value(id));
    });
    reload();
}

void ContactPickerEdit::reload()
{
    m_ids.clear();
    m_entry.clear();
    m_names.clear();
    const auto ids = m_contacts.ids({});
    const auto summaries = ids ? m_contacts.summaries(*ids) : Result<QList<ContactSummary>>::failure(ids.error());
    if (!summaries) {
        m_model->setStringList({});
        return;
    }
    const auto nameAndOrg = [](const ContactSummary& s) {
        return QString(s.name + QLatin1Char('\n') + s.organization).toCaseFolded();
    };
    QHash<QString, int> byName;
    QHash<QString, int> byNameAndOrg;
    for (const ContactSummary& s : *summaries) {
        ++byName[s.name.toCaseFolded()];
        ++byNameAndOrg[nameAndOrg(s)];
    }
    QStringList entries;
    entries.reserve(summaries->size());
    for (const ContactSummary& s : *summaries) {
        QString entry = s.name;
        if (byName.value(s.name.toCaseFolded()) > 1) {
            const bool orgTellsApart = !s.organization.isEmpty() && byNameAndOrg.value(nameAndOrg(s)) == 1;
            entry = orgTellsApart ? tr("%1 (%2)").arg(s.name, s.organization) : tr("%1 (#%2)").arg(s.name).arg(s.id);
        }
        entries << entry;
        m_ids.insert(entry.toCaseFolded(), s.id);
        m_entry.insert(s.id, entry);
        m_names.insert(s.id, s.name);
    }
    m_model->setStringList(entries);
}

qint64 ContactPickerEdit::contactId() const
{
    return m_ids.value(text().simplified().toCaseFolded());
}

void ContactPickerEdit::setContactId(qint64 id)
{
    setText(m_entry.value(id));
}

QString ContactPickerEdit::entryFor(qint64 id) const
{
    return m_entry.value(id);
}

} // namespace kith
