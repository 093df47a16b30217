#pragma once

#include "domain/Contact.h"

// How the labelled multi-valued fields of a Contact map to contact_fields.kind.
namespace kith::fieldkinds {

struct FieldKind {
    const char* key;
    QList<LabeledValue> Contact::*member;
};

inline constexpr FieldKind kAll[] = {
    {"email", &Contact::emails},
    {"phone", &Contact::phones},
    {"url", &Contact::urls},
    {"social", &Contact::socialProfiles},
};

} // namespace kith::fieldkinds
