#pragma once

#include "domain/Contact.h"

#include <QString>

#include <optional>

namespace kith {

// A contact as JSON text, for the import batch to restore it exactly on undo. Every field is kept except the
// photo's bytes (a merge never replaces a photo, only adds one where there was none: `hadPhoto` says which).
class ContactSnapshot final {
public:
    ContactSnapshot() = delete;

    static QString toText(const Contact& contact);
    // std::nullopt when the text is not a snapshot. The photo is left empty; hadPhoto() tells whether there was one.
    static std::optional<Contact> fromText(const QString& text, bool* hadPhoto = nullptr);
};

} // namespace kith
