#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

class QIODevice;

namespace kith {

struct Contact;

// Writes contacts as vCards, one after the other, to a device: vCard 4.0 (RFC 6350) by default, 3.0
// (RFC 2426) for older programs. Lines end in CRLF and are folded at 75 octets without splitting a
// UTF-8 character; text values are escaped (\\ \, \; \n) and parameter values RFC 6868-escaped.
//
// Every Contact field is written so that VCardReader + VCardMapper give the same Contact back:
// - FN is the display name, else the composed name, else what Kith shows (nickname, organisation,
//   email); N is always written.
// - A label that vCard has a TYPE for ("home", "work", "mobile", "work fax", ...) is written as TYPE;
//   any other label as an Apple-style item group with X-ABLabel ("item1.EMAIL" + "item1.X-ABLabel").
//   Social profiles are X-SOCIALPROFILE with their service as TYPE (or as a group label).
// - A date without a year is "--MMDD" in 4.0 and Apple's "1604-MM-DD;X-APPLE-OMIT-YEAR=1604" in 3.0;
//   the anniversary is ANNIVERSARY in 4.0 and X-ANNIVERSARY in 3.0.
// - PHOTO is a data: URI in 4.0 and ENCODING=b in 3.0; tags are CATEGORIES.
// - What vCard has no property for is X-KITH-CIRCLE, X-KITH-CADENCE-DAYS, X-KITH-PRIORITY,
//   X-KITH-HOW-MET and X-KITH-WHERE-MET.
// - Contact::vcardExtras (the properties of an imported file that Kith does not model) are written
//   back as they are, after the rest, folded. A line whose names strict parsers refuse ("X-messaging/aim-All")
//   is written as the text of an X-KITH-VCARD-LINE property instead, which VCardMapper reads back as that line.
class VCardWriter final {
public:
    enum class Version { V4_0, V3_0 };

    // The device must be open for writing and outlive the writer.
    explicit VCardWriter(QIODevice* device, Version version = Version::V4_0);
    Q_DISABLE_COPY_MOVE(VCardWriter)

    // Writes one card; fails (with the device's reason) when the device does not take the bytes.
    Status write(const Contact& contact);
    Version version() const { return m_version; }

    // One card's bytes.
    static QByteArray cardBytes(const Contact& contact, Version version);
    // One content line as UTF-8, folded at 75 octets (continuations start with a space) and ending in CRLF.
    static QByteArray foldedLine(const QString& line);
    // A text value with \\ \, \; and \n escaped (CR LF and lone CR become \n).
    static QString escapedText(QStringView text);

private:
    QIODevice* m_device;
    Version m_version;
};

} // namespace kith
