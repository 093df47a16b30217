#include "phone/PhoneNumbers.h"

#include "settings/Settings.h"

#include <QHash>
#include <QLocale>
#include <QReadWriteLock>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

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
{}

namespace {

constexpr qsizetype kBlockDigits = 3;
constexpr qsizetype kMaxBlocks = 200'000;

// How the numbers of one block read in E.164.
struct Block {
    bool valid = false;
    qsizetype dropDigits = 0; // leading digits of the number as written that E.164 does not keep
    QString prefix;           // what E.164 has instead ("+44")
};

struct BlockCache {
    QReadWriteLock lock;
    QHash<QString, Block> blocks;
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
        if (const auto it = cache.blocks.constFind(key); it != cache.blocks.constEnd()) {
            if (!it->valid)
                return {};
            return it->prefix + QStringView(digits).sliced(it->dropDigits);
        }
    }
    const QString e164 = toE164Exact(written);
    Block block;
    if (!e164.isEmpty()) {
        // How E.164 ends like the number as written: from there on, the digits are the same.
        qsizetype same = 0;
        while (same < digits.size() - (plus ? 1 : 0) && same < e164.size() - 1 &&
               digits[digits.size() - 1 - same] == e164[e164.size() - 1 - same])
            ++same;
        if (same < kBlockDigits + 1)
            return e164; // no simple reading to share
        block.valid = true;
        block.dropDigits = digits.size() - same;
        block.prefix = e164.chopped(same);
    }
    QWriteLocker locker(&cache.lock);
    if (cache.blocks.size() < kMaxBlocks)
        cache.blocks.insert(std::move(key), block);
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

} // namespace kith
