#include "settings/Settings.h"

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
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
