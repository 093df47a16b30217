#include "phone/PhoneNumbers.h"

#include "settings/Settings.h"

#include <QLocale>

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

QString PhoneNumbers::toE164(const QString& written) const
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
