#include "settings/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

class TestSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsChangesAndPersistence()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kith.conf"));
        {
            Settings settings(file);
            QCOMPARE(settings.value(Settings::Key::SampleNetworkSize).toInt(), 300);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setValue(Settings::Key::SampleNetworkSize, 300);
            QCOMPARE(changed.count(), 0);
            settings.setValue(Settings::Key::SampleNetworkSize, 1000);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::SampleNetworkSize);
            settings.setValue(Settings::Key::MainSplitterState, QByteArray("state"));
        }
        Settings again(file);
        QCOMPARE(again.value(Settings::Key::SampleNetworkSize).toInt(), 1000);
        QCOMPARE(again.value(Settings::Key::MainSplitterState).toByteArray(), QByteArray("state"));
        QSignalSpy changed(&again, &Settings::changed);
        again.reset(Settings::Key::SampleNetworkSize);
        QCOMPARE(again.value(Settings::Key::SampleNetworkSize).toInt(), 300);
        QCOMPARE(changed.count(), 1);
    }

    // Values read back from the file are text, as the file has them (edited by hand, or by another
    // program): "True" is the flag true, "03" the number 3. Setting the value they already mean, or
    // resetting one that means the default, changes nothing and announces nothing.
    void sameValueAsTextIsNoChange()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kith.conf"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Text));
            out.write("[Tray]\nCloseToTray=True\n"
                      "[Reminders]\nQuietHours=TRUE\nBirthdayLeadDays=03\n"
                      "[Health]\nStrengthDepthWeight=1.50\n");
        }
        Settings settings(file);
        QCOMPARE(settings.value(Settings::Key::QuietHoursEnabled).toBool(), true);
        QCOMPARE(settings.value(Settings::Key::BirthdayLeadDays).toInt(), 3);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setValue(Settings::Key::CloseToTray, true);
        settings.setValue(Settings::Key::QuietHoursEnabled, true);
        settings.setValue(Settings::Key::BirthdayLeadDays, 3);
        settings.setValue(Settings::Key::StrengthDepthWeight, 1.5);
        QCOMPARE(changed.count(), 0);
        settings.reset(Settings::Key::CloseToTray); // "True" is the default
        QCOMPARE(changed.count(), 0);
        // Real changes are still announced.
        settings.setValue(Settings::Key::QuietHoursEnabled, false);
        settings.setValue(Settings::Key::BirthdayLeadDays, 4);
        settings.setValue(Settings::Key::StrengthDepthWeight, 1.25);
        QCOMPARE(changed.count(), 3);
        settings.reset(Settings::Key::BirthdayLeadDays);
        QCOMPARE(changed.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
