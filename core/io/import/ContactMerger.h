#pragma once

#include "domain/Contact.h"
#include "io/import/FieldConflict.h"

#include <QList>
#include <QString>

namespace kith {

class PhoneNumbers;

// How an incoming record merges into a contact that is the same person. Multi-valued fields are united,
// de-duplicated after normalisation (emails case-insensitively, phones by E.164, websites without scheme,
// "www." and trailing slash, addresses by their parts, tags case-insensitively, vCard extras as written).
// A single value (the name as a whole, nickname, organisation, title, birthday, anniversary, how and where
// met, notes, photo) is taken when the contact has none; when both have a different one, the contact keeps
// its own and the incoming one is a conflict.
class ContactMerger final {
public:
    explicit ContactMerger(const PhoneNumbers& phones);

    struct Outcome {
        Contact merged;
        QList<FieldConflict> conflicts;
        bool changed = false; // the merged contact differs from the existing one
    };

    Outcome merge(const Contact& existing, const Contact& incoming) const;
    // Only the conflicts (what the preview shows); needs the single-valued fields alone.
    static QList<FieldConflict> conflicts(const Contact& existing, const Contact& incoming);

    // The key phones are compared by: E.164, else the digits (with a leading '+' kept).
    QString phoneKey(const QString& written) const;
    static QString emailKey(const QString& email) { return email.trimmed().toLower(); }
    static QString urlKey(const QString& url);
    static QString addressKey(const PostalAddress& address);

private:
    const PhoneNumbers& m_phones;
};

} // namespace kith
