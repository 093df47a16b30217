#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kith {

// Reads the dates and times given on the command line: "YYYY-MM-DD" or an ISO 8601 date-time
// ("2024-05-01T14:30", with seconds, "Z" or an offset if wanted; a space may replace the "T").
// A date-time without zone is local time.
class DateArgument final {
public:
    // What a date without a time stands for.
    enum class DateOnly { Noon, StartOfDay, EndOfDay };

    static std::optional<QDateTime> parse(const QString& text, DateOnly meaning);
};

} // namespace kith
