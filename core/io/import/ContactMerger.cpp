#include "io/import/ContactMerger.h"

#include "phone/PhoneNumbers.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace kith {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kith::ContactMerger", text);
}

QString comparable(const QString& text)
{
    return text.simplified().toCaseFolded();
}

bool hasName(const Contact& c)
{
    return !c.displayName.trimmed().isEmpty() || !c.composedName().isEmpty();
}

QString shownName(const Contact& c)
{
    return !c.displayName.trimmed().isEmpty() ? c.displayName.trimmed() : c.composedName();
}

QString photoText(const QByteArray& photo)
{
    return QCoreApplication::translate("kith::ContactMerger", "photo (%1 KB)").arg((photo.size() + 1023) / 1024);
}

struct TextField {
    const char* label;
    QString Contact::*member;
};

constexpr TextField kTextFields[] = {
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Nickname"), &Contact::nickname},
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Organization"), &Contact::organization},
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Title"), &Contact::title},
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "How met"), &Contact::howMet},
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Where met"), &Contact::whereMet},
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Notes"), &Contact::notes},
};

struct DateField {
    const char* label;
    PartialDate Contact::*member;
};

constexpr DateField kDateFields[] = {
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Birthday"), &Contact::birthday},
    {QT_TRANSLATE_NOOP("kith::ContactMerger", "Anniversary"), &Contact::anniversary},
};

// Walks the single-valued fields: `fill` when only the incoming contact has a value, `conflict` when both
// have different ones.
void forSingleFields(const Contact& existing, const Contact& incoming, const std::function<void(int)>& fill,
                     const std::function<void(FieldConflict)>& conflict)
{
    // 0: the name, 1..: text fields, then dates, then the photo (indexes for `fill`).
    if (hasName(incoming)) {
        if (!hasName(existing))
            fill(0);
        else if (comparable(shownName(existing)) != comparable(shownName(incoming)))
            conflict(
                {QCoreApplication::translate("kith::ContactMerger", "Name"), shownName(existing), shownName(incoming)});
    }
    int index = 1;
    for (const TextField& f : kTextFields) {
        const QString& mine = existing.*(f.member);
        const QString& theirs = incoming.*(f.member);
        if (!theirs.trimmed().isEmpty()) {
            if (mine.trimmed().isEmpty())
                fill(index);
            else if (comparable(mine) != comparable(theirs))
                conflict({tr(f.label), mine, theirs});
        }
        ++index;
    }
    for (const DateField& f : kDateFields) {
        const PartialDate& mine = existing.*(f.member);
        const PartialDate& theirs = incoming.*(f.member);
        if (!theirs.isNull()) {
            if (mine.isNull())
                fill(index);
            else if (mine != theirs)
                conflict({tr(f.label), mine.toIsoString(), theirs.toIsoString()});
        }
        ++index;
    }
    if (!incoming.photo.isEmpty()) {
        if (existing.photo.isEmpty())
            fill(index);
        else if (existing.photo != incoming.photo)
            conflict({QCoreApplication::translate("kith::ContactMerger", "Photo"), photoText(existing.photo),
                      photoText(incoming.photo)});
    }
}

template <typename T, typename Key> bool unite(QList<T>& into, const QList<T>& from, const Key& key)
{
    QSet<QString> seen;
    seen.reserve(into.size() + from.size());
    for (const T& item : std::as_const(into))
        seen.insert(key(item));
    bool changed = false;
    for (const T& item : from) {
        const QString k = key(item);
        if (k.isEmpty() || seen.contains(k))
            continue;
        seen.insert(k);
        into.append(item);
        changed = true;
    }
    return changed;
}

} // namespace

ContactMerger::ContactMerger(const PhoneNumbers& phones)
    : m_phones(phones)
{}

QString ContactMerger::phoneKey(const QString& written) const
{
    if (QString e164 = m_phones.toE164(written); !e164.isEmpty())
        return e164;
    QString digits;
    for (const QChar c : written) {
        if (c.isDigit())
            digits += c;
        else if (c == u'+' && digits.isEmpty())
            digits += c;
    }
    return digits;
}

QString ContactMerger::urlKey(const QString& url)
{
    QString key = url.trimmed().toLower();
    for (QStringView scheme : {u"https://", u"http://"}) {
        if (key.startsWith(scheme)) {
            key.remove(0, scheme.size());
            break;
        }
    }
    if (key.startsWith(u"www."))
        key.remove(0, 4);
    while (key.endsWith(u'/'))
        key.chop(1);
    return key;
}

QString ContactMerger::addressKey(const PostalAddress& a)
{
    return comparable(
        QStringList{a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country}.join(u'|'));
}

QList<FieldConflict> ContactMerger::conflicts(const Contact& existing, const Contact& incoming)
{
    QList<FieldConflict> result;
    forSingleFields(
        existing, incoming, [](int) {}, [&](FieldConflict c) { result.append(std::move(c)); });
    return result;
}

ContactMerger::Outcome ContactMerger::merge(const Contact& existing, const Contact& incoming) const
{
    Outcome outcome;
    outcome.merged = existing;
    Contact& m = outcome.merged;
    bool changed = false;
    const auto fill = [&](int index) {
        changed = true;
        if (index == 0) {
            m.prefix = incoming.prefix;
            m.given = incoming.given;
            m.additional = incoming.additional;
            m.family = incoming.family;
            m.suffix = incoming.suffix;
            m.displayName = incoming.displayName;
            return;
        }
        const int textCount = int(std::size(kTextFields));
        if (index <= textCount) {
            m.*(kTextFields[index - 1].member) = incoming.*(kTextFields[index - 1].member);
            return;
        }
        if (index <= textCount + int(std::size(kDateFields))) {
            m.*(kDateFields[index - 1 - textCount].member) = incoming.*(kDateFields[index - 1 - textCount].member);
            return;
        }
        m.photo = incoming.photo;
    };
    forSingleFields(existing, incoming, fill, [&](FieldConflict c) { outcome.conflicts.append(std::move(c)); });

    changed |= unite(m.emails, incoming.emails, [](const LabeledValue& v) { return emailKey(v.value); });
    changed |= unite(m.phones, incoming.phones, [this](const LabeledValue& v) { return phoneKey(v.value); });
    changed |= unite(m.urls, incoming.urls, [](const LabeledValue& v) { return urlKey(v.value); });
    changed |= unite(m.socialProfiles, incoming.socialProfiles,
                     [](const LabeledValue& v) -> QString { return comparable(v.label) + u'|' + urlKey(v.value); });
    changed |= unite(m.addresses, incoming.addresses, [](const PostalAddress& a) { return addressKey(a); });
    changed |= unite(m.tags, incoming.tags, [](const QString& t) { return comparable(t); });
    changed |= unite(m.vcardExtras, incoming.vcardExtras, [](const QString& line) { return line; });
    outcome.changed = changed;
    return outcome;
}

} // namespace kith
