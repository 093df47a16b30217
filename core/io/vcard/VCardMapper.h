#pragma once

#include "io/vcard/MappedVCard.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace kith {

struct PartialDate;
struct VCardCard;

// Turns one parsed vCard (any version) into a Contact.
//
// Decisions a caller can rely on:
// - FN becomes displayName only when it differs from the name composed from N, so that a card written
//   by Kith (FN = composed name) does not pin a display name that would go stale when N is edited.
//   Without N, an FN equal to what Contact::effectiveName() gives anyway (nickname, organisation, email)
//   is not pinned either.
// - A field's label comes from the Apple/Google group label (itemN.X-ABLabel) when there is one, else from
//   its TYPE values with the noise (INTERNET, VOICE, PREF, X400, DOM, INTL, POSTAL, PARCEL) left out:
//   "TEL;TYPE=CELL,VOICE" is "mobile", "TEL;WORK;FAX" is "work fax". Social profiles are labelled by their
//   service ("skype", "twitter") instead.
// - The first BDAY / anniversary / N / FN / ORG / TITLE / UID / photo wins; later ones stay unmapped
//   (an exact repeat of the same date, as Outlook writes, is absorbed).
// - Dates that are not dates (VALUE=text, "circa 1800", year-month only) and photo URLs stay unmapped, with a
//   warning for the dates. Inline photos above maxPhotoBytes() are dropped with a warning.
// - PRODID, REV, VERSION and PROFILE (RFC 2425's "PROFILE:VCARD") are dropped: they describe the exporting
//   program or the format, not the person. A stray BEGIN or END inside a card is left out with a warning.
// - X-KITH-CIRCLE, X-KITH-CADENCE-DAYS, X-KITH-PRIORITY, X-KITH-HOW-MET and X-KITH-WHERE-MET (written by
//   VCardWriter) fill the fields vCard has no property for; a value Kith cannot use stays unmapped.
// - The unmapped properties also go into contact.vcardExtras, as VCardProperty::toContentLine() writes them
//   (an X-KITH-VCARD-LINE, VCardWriter's wrapper for a line strict parsers refuse, as the line it holds).
class VCardMapper final {
public:
    explicit VCardMapper(qsizetype maxPhotoBytes = defaultMaxPhotoBytes());
    ~VCardMapper();
    Q_DISABLE_COPY_MOVE(VCardMapper)

    // Not for several threads at once: the labels it hands out come from one pool of shared strings.
    MappedVCard map(const VCardCard& card) const;

    static constexpr qsizetype defaultMaxPhotoBytes() { return 5 * 1024 * 1024; }
    qsizetype maxPhotoBytes() const { return m_maxPhotoBytes; }

    // "_$!<HomeFAX>!$_" gives "home fax"; custom text is returned as written (trimmed).
    static QString labelFromAppleLabel(const QString& label);
    // TYPE values to a label: see the class comment. Empty when only noise was given.
    static QString labelFromTypes(const QStringList& types);
    // "19850415", "1985-04-15", "--0415", "--04-15", "1953-10-15T23:10:00Z"; std::nullopt when not a date.
    // A year equal to omitYear (Apple's X-APPLE-OMIT-YEAR) means the year is unknown.
    static std::optional<PartialDate> parseDate(QStringView text, int omitYear = 0);

    class StringPool;

private:
    qsizetype m_maxPhotoBytes;
    std::unique_ptr<StringPool> m_pool; // filled by map(), which is const for its callers
};

} // namespace kith
