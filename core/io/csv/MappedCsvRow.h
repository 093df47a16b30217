#pragma once

#include "domain/Contact.h"

#include <QStringList>

namespace kith {

// What CsvMapper made of one CSV row: the contact, what a user should be told ("line 12: ..."), and the
// physical line the row starts on. A row with nothing to identify a person has an empty
// contact.effectiveName() and an "empty row" warning; the caller skips it.
struct MappedCsvRow {
    Contact contact;
    QStringList warnings;
    int line = 0;
};

} // namespace kith
