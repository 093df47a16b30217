#pragma once

#include <QString>

namespace kith {

// A problem with an import file, in words a user can read: where (file and 1-based line, 0 for the
// whole file) and why. When `lostRecord` is set, a card or row was not imported because of it (it is
// counted as failed); otherwise the reader recovered (a card without END, a line it could not read).
struct ImportIssue {
    QString file;
    int line = 0;
    QString reason;
    bool lostRecord = true;

    friend bool operator==(const ImportIssue&, const ImportIssue&) = default;
};

} // namespace kith
