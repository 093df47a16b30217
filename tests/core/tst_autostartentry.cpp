#include "settings/AutostartEntry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

// Start at login writes and removes ~/.config/autostart/kith.desktop ($XDG_CONFIG_HOME redirected here).
class TestAutostartEntry final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    }

    void cleanup() { m_dir.reset(); }

    void enableWritesEntryDisableRemovesIt()
    {
        const QString expected = m_dir->filePath(QStringLiteral("config/autostart/kith.desktop"));
        QCOMPARE(AutostartEntry::path(), expected);
        QVERIFY(!AutostartEntry::isEnabled());

        const Status enabled = AutostartEntry::setEnabled(true, QStringLiteral("/usr/bin/kith"));
        QVERIFY2(enabled.ok(), qPrintable(enabled.error()));
        QVERIFY(AutostartEntry::isEnabled());
        QFile file(expected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
        QVERIFY(text.contains(QLatin1String("\nType=Application\n")));
        QVERIFY(text.contains(QLatin1String("\nExec=/usr/bin/kith --hidden\n")));
        QVERIFY(text.contains(QLatin1String("\nName=Kith\n")));
        file.close();

        // Enabling twice is harmless; disabling removes the file, twice too.
        QVERIFY(AutostartEntry::setEnabled(true, QStringLiteral("/usr/bin/kith")).ok());
        QVERIFY(AutostartEntry::setEnabled(false, {}).ok());
        QVERIFY(!QFile::exists(expected));
        QVERIFY(!AutostartEntry::isEnabled());
        QVERIFY(AutostartEntry::setEnabled(false, {}).ok());
    }

    void execIsQuoted()
    {
        const QString text = AutostartEntry::contents(QStringLiteral("/home/ada/My Apps/kith"));
        QVERIFY2(text.contains(QLatin1String("Exec=\"/home/ada/My Apps/kith\" --hidden\n")), qPrintable(text));
        const QString percent = AutostartEntry::contents(QStringLiteral("/opt/100%/kith"));
        QVERIFY2(percent.contains(QLatin1String("Exec=/opt/100%%/kith --hidden\n")), qPrintable(percent));
    }

    void unwritableFolderIsAnError()
    {
        // A file where the autostart folder should be.
        QFile blocker(m_dir->filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Status status = AutostartEntry::setEnabled(true, QStringLiteral("/usr/bin/kith"));
        QVERIFY(!status.ok());
        QVERIFY(!status.error().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
