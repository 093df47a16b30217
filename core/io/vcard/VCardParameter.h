#pragma once

#include <QString>
#include <QStringList>

namespace kith {

// One property parameter as read: the name upper-cased, its values with RFC 6868 escapes decoded.
// TYPE values arrive split ("TYPE=work,voice", repeated TYPE parameters and bare 2.1 parameters
// such as "TEL;HOME;VOICE:" all end up in one TYPE parameter).
struct VCardParameter {
    QString name;
    QStringList values;

    friend bool operator==(const VCardParameter&, const VCardParameter&) = default;
};

} // namespace kith
