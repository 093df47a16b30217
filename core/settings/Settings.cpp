#include "settings/Settings.h"

#include <QSettings>

namespace kith {

namespace {

struct KeyInfo {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const QList<KeyInfo>& keyInfos()
{
    static const QList<KeyInfo> infos{
        {Settings::Key::MainWindowGeometry, "MainWindow/Geometry", QByteArray()},
        {Settings::Key::MainWindowState, "MainWindow/State", QByteArray()},
        {Settings::Key::MainSplitterState, "MainWindow/SplitterState", QByteArray()},
        {Settings::Key::ContactTableHeaderState, "MainWindow/ContactTableHeader", QByteArray()},
        {Settings::Key::LastImportFolder, "Import/LastFolder", QString()},
        {Settings::Key::SampleNetworkSize, "Sample/Contacts", 300},
        {Settings::Key::CloseToTray, "Tray/CloseToTray", true},
        {Settings::Key::CloseToTrayTold, "Tray/CloseToTrayTold", false},
        {Settings::Key::TrayUnavailableTold, "Tray/UnavailableTold", false},
        {Settings::Key::BirthdayLeadDays, "Reminders/BirthdayLeadDays", 3},
        {Settings::Key::DateReminderTime, "Reminders/DateReminderTime", QStringLiteral("09:00")},
        {Settings::Key::QuietHoursEnabled, "Reminders/QuietHours", false},
        {Settings::Key::QuietHoursStart, "Reminders/QuietHoursStart", QStringLiteral("22:00")},
        {Settings::Key::QuietHoursEnd, "Reminders/QuietHoursEnd", QStringLiteral("07:00")},
        {Settings::Key::StartAtLogin, "General/StartAtLogin", false},
        {Settings::Key::LastRun, "General/LastRun", QString()},
        {Settings::Key::MainTabIndex, "MainWindow/TabIndex", 0},
        {Settings::Key::PhoneRegion, "Phones/DefaultRegion", QString()},
        {Settings::Key::LastDatabase, "General/LastDatabase", QString()},
        {Settings::Key::StrengthReciprocityWeight, "Health/StrengthReciprocityWeight", 1.0},
        {Settings::Key::StrengthHistoryWeight, "Health/StrengthHistoryWeight", 1.0},
        {Settings::Key::StrengthDepthWeight, "Health/StrengthDepthWeight", 1.0},
        {Settings::Key::WhoCanHelpQuery, "Network/WhoCanHelpQuery", QString()},
        {Settings::Key::ImportFolder, "Import/Folder", QString()},
    };
    return infos;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& i : keyInfos()) {
        if (i.key == key)
            return i;
    }
    Q_UNREACHABLE();
}

// A value read back from the file is text, as the file has it ("True", "03", "1.50"). QVariant's
// own comparison of text with a number or a flag is not the reading the application makes of it
// (it finds "True" unequal to true): text is read as the other value's type before comparing.
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a == b)
        return true;
    const auto textAs = [](const QVariant& text, const QVariant& other) {
        if (text.metaType().id() != QMetaType::QString || other.metaType().id() == QMetaType::QString)
            return false;
        QVariant converted = text;
        return converted.convert(other.metaType()) && converted == other;
    };
    return textAs(a, b) || textAs(b, a);
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("kith"),
                                             QStringLiteral("kith")))
{}

Settings::Settings(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& newValue)
{
    if (sameValue(value(key), newValue))
        return;
    m_settings->setValue(name(key), newValue);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(name(key)))
        return;
    const QVariant before = value(key);
    m_settings->remove(name(key));
    if (!sameValue(before, defaultValue(key)))
        Q_EMIT changed(key);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace kith
