#pragma once

#include <QString>

namespace kith {

// The parts of a postal address as vCard's ADR has them.
struct PostalAddress {
    QString label;
    QString poBox;
    QString extended;
    QString street;
    QString locality;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const
    {
        return poBox.isEmpty() && extended.isEmpty() && street.isEmpty() && locality.isEmpty() && region.isEmpty() &&
               postalCode.isEmpty() && country.isEmpty();
    }
    // One line for display and for the search index.
    QString singleLine() const;

    friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

} // namespace kith
