#pragma once

#include "domain/Contact.h"

#include <QString>
#include <QStringList>

namespace kith {

// One contact read from an import file, with where it came from and what the reader or mapper noticed
// ("line 12: the birthday \"soon\" is not a date; it is kept as written"). The record is imported; the
// warnings are for the preview.
struct ImportRecord {
    Contact contact;
    QString file;
    int line = 0; // 1-based physical line where the card or row starts
    QStringList warnings;
};

} // namespace kith
