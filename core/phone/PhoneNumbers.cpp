#include "phone/PhoneNumbers.h"

#include "settings/Settings.h"

#include <QHash>
#include <QLocale>
#include <QReadWriteLock>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace kith {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

// Whether the text can be a phone number at all: libphonenumber would otherwise read digits out of any
// prose ("call me at 5").
bool hasEnoughDigits(const QString& written)
{
    int digits = 0;
    for (const QChar c : written) {
        if (c.isDigit() && ++digits >= 3)
            return true;
    }
    return false;
}

bool parse(const QString& written, const std::string& region, PhoneNumber* number)
{
    if (written.size() > 64 || !hasEnoughDigits(written))
        return false;
    const QByteArray utf8 = written.toUtf8();
    return util().Parse(std::string(utf8.constData(), utf8.size()), region, number) ==
               PhoneNumberUtil::NO_PARSING_ERROR &&
           util().IsValidNumber(*number);
}

QString formatted(const PhoneNumber& number, PhoneNumberUtil::PhoneNumberFormat format)
{
    std::string out;
    util().Format(number, format, &out);
    return QString::fromStdString(out);
}

} // namespace

PhoneNumbers::PhoneNumbers(const QString& defaultRegion)
    : m_region(isKnownRegion(defaultRegion) ? defaultRegion.toUpper() : QString())
{
    if (m_region.isEmpty())
        return;
    const std::string region = m_region.toStdString();
    m_countryCode = util().GetCountryCodeForRegion(region);
    std::string trunk;
    util().GetNddPrefixForRegion(region, true, &trunk);
    m_trunkPrefix = QString::fromStdString(trunk);
}

namespace {

// How many of the digits after a '+' are the country code; 0 when none is. Country codes are prefix-free:
// the first of one to three digits that is one is the one.
qsizetype countryCodeLength(QStringView afterPlus)
{
    for (qsizetype length = 1; length <= 3 && length < afterPlus.size(); ++length) {
        std::string region;
        util().GetRegionCodeForCountryCode(afterPlus.first(length).toInt(), &region);
        if (region != "ZZ")
            return length;
    }
    return 0;
}

} // namespace

QString PhoneNumbers::validPlainDigits(QStringView digits) const
{
    int countryCode = 0;
    QStringView national;
    if (digits.startsWith(u'+')) {
        if (const qsizetype length = countryCodeLength(digits.sliced(1))) {
            countryCode = digits.sliced(1, length).toInt();
            national = digits.sliced(1 + length);
        }
    } else if (m_countryCode) {
        countryCode = m_countryCode;
        national = digits;
        if (!m_trunkPrefix.isEmpty() && national.startsWith(m_trunkPrefix))
            national = national.sliced(m_trunkPrefix.size());
    }
    // A leading 0 left (Italy keeps it; "00" and other international prefixes): only the parser knows.
    if (!countryCode || national.size() < 2 || national.size() > 17 || national.startsWith(u'0'))
        return {};
    PhoneNumber number;
    number.set_country_code(countryCode);
    number.set_national_number(national.toULongLong());
    if (!util().IsValidNumber(number))
        return {};
    return u'+' + QString::number(countryCode) + national;
}

namespace {

constexpr qsizetype kBlockDigits = 3;
constexpr qsizetype kMinBlockNational = 9; // digits of the national number for its block to be shared
constexpr qsizetype kMaxBlocks = 200'000;

// How the numbers of one block read in E.164 (only valid readings are kept).
struct Block {
    qsizetype dropDigits = 0; // leading digits of the number as written that E.164 does not keep
    QString prefix;           // what E.164 has instead ("+44")
};

struct BlockCache {
    QReadWriteLock lock;
    QHash<QString, Block> blocks;
    // Readings of single numbers outside the blocks (invalid, or short), by region and digits: the planner
    // and the writer of an import both ask for every number.
    QHash<QString, QString> numbers;
};

BlockCache& blockCache()
{
    static BlockCache cache;
    return cache;
}

// The digits of a number written with only digits, separators and a leading '+'; false for anything else
// (letters, extensions, unusual characters), which libphonenumber reads itself.
bool plainDigits(const QString& written, QString& digits)
{
    digits.reserve(written.size() + 1);
    for (const QChar c : written) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if (u == u'+' && digits.isEmpty())
            digits += c;
        else if (u != u' ' && u != u'-' && u != u'.' && u != u'(' && u != u')' && u != u'/' && u != 0x00A0)
            return false;
    }
    return true;
}

} // namespace

QString PhoneNumbers::toE164(const QString& written) const
{
    QString digits;
    if (written.size() > 64 || !plainDigits(written, digits) || digits.size() < 7)
        return toE164Exact(written);
    const bool plus = digits.startsWith(u'+');
    // The block: the region (a '+' makes it irrelevant), and every digit but the last three.
    QString key = (plus ? QString() : m_region) + u'|' + QStringView(digits).chopped(kBlockDigits);
    BlockCache& cache = blockCache();
    {
        QReadLocker locker(&cache.lock);
        if (const auto it = cache.blocks.constFind(key); it != cache.blocks.constEnd())
            return it->prefix + QStringView(digits).sliced(it->dropDigits);
    }
    QString numberKey = key + QStringView(digits).last(kBlockDigits);
    {
        QReadLocker locker(&cache.lock);
        if (const auto it = cache.numbers.constFind(numberKey); it != cache.numbers.constEnd())
            return *it;
    }
    QString e164 = validPlainDigits(digits);
    if (e164.isEmpty())
        e164 = toE164Exact(written);
    // Only valid readings of long numbers are shared: in a short national number (Liechtenstein's seven
    // digits, Faroese six) the metadata tells ranges apart by the last three digits too, and an invalid
    // number says nothing about its neighbours.
    qsizetype same = 0;
    if (!e164.isEmpty() && e164.size() - 1 - countryCodeLength(QStringView(e164).sliced(1)) >= kMinBlockNational) {
        // How E.164 ends like the number as written: from there on, the digits are the same.
        while (same < digits.size() - (plus ? 1 : 0) && same < e164.size() - 1 &&
               digits[digits.size() - 1 - same] == e164[e164.size() - 1 - same])
            ++same;
    }
    QWriteLocker locker(&cache.lock);
    if (same >= kBlockDigits + 1) {
        if (cache.blocks.size() < kMaxBlocks)
            cache.blocks.insert(std::move(key), Block{digits.size() - same, e164.chopped(same)});
    } else if (cache.numbers.size() < kMaxBlocks) {
        cache.numbers.insert(std::move(numberKey), e164); // no reading to share with its neighbours
    }
    return e164;
}

QString PhoneNumbers::toE164Exact(const QString& written) const
{
    PhoneNumber number;
    if (!parse(written, m_region.isEmpty() ? std::string("ZZ") : m_region.toStdString(), &number))
        return {};
    return formatted(number, PhoneNumberUtil::E164);
}

QString PhoneNumbers::international(const QString& written) const
{
    PhoneNumber number;
    if (!parse(written, m_region.isEmpty() ? std::string("ZZ") : m_region.toStdString(), &number))
        return written;
    return formatted(number, PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumbers::forDisplay(const QString& written) const
{
    PhoneNumber number;
    const std::string region = m_region.isEmpty() ? std::string("ZZ") : m_region.toStdString();
    if (!parse(written, region, &number))
        return written;
    std::string numberRegion;
    util().GetRegionCodeForNumber(number, &numberRegion);
    return formatted(number, numberRegion == region ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumbers::localeRegion()
{
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    return isKnownRegion(code) ? code : QString();
}

bool PhoneNumbers::isKnownRegion(const QString& region)
{
    if (region.size() != 2)
        return false;
    return util().GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

QString PhoneNumbers::regionFromSettings(const Settings& settings)
{
    const QString chosen = settings.value(Settings::Key::PhoneRegion).toString().trimmed();
    return isKnownRegion(chosen) ? chosen.toUpper() : localeRegion();
}

QMap<QString, int> PhoneNumbers::regionCallingCodes()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QMap<QString, int> codes;
    for (const std::string& region : regions)
        codes.insert(QString::fromStdString(region), util().GetCountryCodeForRegion(region));
    return codes;
}

} // namespace kith
