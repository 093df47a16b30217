#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace kith {

// Every user setting Kith keeps, typed, with its name in the file and its default.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        ContactTableHeaderState,
        LastImportFolder,
        SampleNetworkSize,
        CloseToTray,         // closing the window keeps Kith running in the tray
        CloseToTrayTold,     // the user was told once that closing keeps Kith running
        TrayUnavailableTold, // the user was told once that reminders show in the window for want of a tray
        BirthdayLeadDays,    // remind this many days before a birthday or anniversary
        DateReminderTime,    // "HH:mm", local: when date reminders fall due
        QuietHoursEnabled,
        QuietHoursStart, // "HH:mm", local
        QuietHoursEnd,   // "HH:mm", local
        StartAtLogin,
        LastRun,      // ISO 8601 UTC: when Kith last ran, for what came due while it was closed
        MainTabIndex, // the main window's page: contacts or due
        PhoneRegion,  // ISO 3166 region ("GB") for phone numbers without a country code; empty: the locale's
        LastDatabase, // the database file last opened or created with File > Open or New, used at the next start

        // Tie strength (issue 5): the weight of each part, see StrengthWeights.
        StrengthReciprocityWeight,
        StrengthHistoryWeight,
        StrengthDepthWeight,

        WhoCanHelpQuery, // the last Network > Who Can Help search (issue 6)

        ImportFolder, // where File > Import Contacts… last found its files (issue 3)
    };
    Q_ENUM(Key)

    // Reads and writes the user's settings file (~/.config/kith/kith.conf).
    explicit Settings(QObject* parent = nullptr);
    // Reads and writes the given file; tests pass a temporary one.
    explicit Settings(const QString& fileName, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

    static QString name(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    // Only when a value really changed.
    void changed(kith::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kith
