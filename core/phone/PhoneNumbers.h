#pragma once

#include <QMap>
#include <QString>

namespace kith {

class Settings;

// Phone numbers through Google's libphonenumber. Kith keeps every number as the user wrote it; the E.164
// form ("+442079460958") is for matching, and the display helpers format it the way people expect.
// A number without a country code is read in the default region.
class PhoneNumbers final {
public:
    // `defaultRegion`: ISO 3166 alpha-2 ("GB", case-insensitive); empty or unknown: numbers without a
    // country code cannot be read.
    explicit PhoneNumbers(const QString& defaultRegion = localeRegion());

    QString defaultRegion() const { return m_region; }

    // E.164 when the number is a valid one, else an empty string (junk, too short, unknown region).
    QString toE164(const QString& written) const;
    // libphonenumber on this number alone, without the shared blocks described below (slower; for checks).
    QString toE164Exact(const QString& written) const;
    // "+44 20 7946 0958"; the number as written when it cannot be read.
    QString international(const QString& written) const;
    // For showing: national format ("020 7946 0958") for numbers of the default region, international for
    // others, the number as written when it cannot be read.
    QString forDisplay(const QString& written) const;

    // The region of the system locale ("GB" for en_GB), or an empty string for the C locale.
    static QString localeRegion();
    // Whether libphonenumber knows the region.
    static bool isKnownRegion(const QString& region);
    // The region the user chose (Settings::Key::PhoneRegion), else the locale's.
    static QString regionFromSettings(const Settings& settings);
    // Every region libphonenumber knows ("GB"), with its country calling code (44), for choosing a default.
    static QMap<QString, int> regionCallingCodes();

private:
    // libphonenumber's parser spends 20 to 170 microseconds on a number (ICU regular expressions), too slow
    // for a 50,000-contact import. Two shortcuts, both checked against the parser in tst_phonenumbers:
    // - validPlainDigits() below, for numbers written as digits and separators;
    // - blocks: valid numbers of nine or more national digits written the same way except for their last
    //   three digits read the same way (the metadata tells such ranges apart by their leading digits), so
    //   the first number of a block is read and the others follow it. The blocks are shared by every
    //   instance (the planner's, the writer's), behind a lock.

    // A number written as digits with an optional leading '+' ("+442079460958", "02079460958"), read
    // without libphonenumber's parser: its country code (after '+', else the default region's) and its
    // national number (without the region's trunk prefix) checked by libphonenumber's validity test alone,
    // about six times faster. Empty when that test fails or the digits need the parser (a national number
    // that keeps its leading 0, as Italy's do; an international or carrier prefix): the caller then asks
    // the parser, so a number is never read differently from toE164Exact().
    QString validPlainDigits(QStringView digits) const;

    QString m_region;
    int m_countryCode = 0; // of the default region; 0 without one
    QString m_trunkPrefix; // the default region's national (trunk) prefix, digits only ("0" in GB)
};

} // namespace kith
