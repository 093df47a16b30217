#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace kith {

// A calendar date whose year may be unknown, as birthdays often are ("--04-15").
struct PartialDate {
    int year = 0; // 0 when unknown
    int month = 0;
    int day = 0;

    bool isNull() const { return month == 0; }
    bool hasYear() const { return year != 0; }
    bool isValid() const;
    // "YYYY-MM-DD", "--MM-DD", or an empty string when null.
    QString toIsoString() const;
    // Accepts "YYYY-MM-DD", "YYYYMMDD", "--MM-DD", "--MMDD"; an empty text gives a null date.
    static std::optional<PartialDate> fromIsoString(const QString& text);
    static PartialDate fromDate(const QDate& date) { return {date.year(), date.month(), date.day()}; }
    // The date in a given year; 29 February falls on 28 February in common years.
    QDate inYear(int year) const;

    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

} // namespace kith
