#pragma once

#include <QString>

namespace kith {

// One email, phone, URL or social profile with the label the user gave it ("work", "mobile").
struct LabeledValue {
    QString label;
    QString value;

    friend bool operator==(const LabeledValue&, const LabeledValue&) = default;
};

} // namespace kith
