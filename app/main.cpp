#include "domain/Clock.h"
#include "main/MainWindow.h"
#include "reminders/DesktopIntegration.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "widgets/AppResources.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// --db, then KITH_DB, then the default location (whose folder may not exist yet).
QString databasePath(const QCommandLineParser& parser, const QCommandLineOption& dbOption)
{
    if (parser.isSet(dbOption))
        return parser.value(dbOption);
    const QString fromEnvironment = qEnvironmentVariable("KITH_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString path = kith::Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("kith"));
    QApplication::setApplicationName(QStringLiteral("kith"));
    QApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("kith"));
    kith::initAppResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kith.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is a translation too: it carries the plural forms ("1 contact", "2 contacts"), so it is
    // the fallback when the user's language has none (or the locale is C/POSIX).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("kith"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("kith_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Kith, a personal network manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Use the database file <path> (default: $KITH_DB, else %1).")
            .arg(QDir::toNativeSeparators(kith::Database::defaultPath())),
        QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    // What the autostart entry passes: start in the tray, the window shown only when asked for.
    const QCommandLineOption hiddenOption(
        QStringLiteral("hidden"),
        QApplication::translate("main", "Start in the system tray without showing the window."));
    parser.addOption(hiddenOption);
    parser.process(app);

    const QString path = databasePath(parser, dbOption);
    auto database = kith::Database::open(path);
    if (!database) {
        // The store's message already names the file.
        kith::MessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open Database"), database.error());
        return 1;
    }

    kith::Settings settings;
    kith::MainWindow window(settings, *database.value(), kith::Clock::system());
    // Hidden only where the tray can bring it back.
    if (!parser.isSet(hiddenOption) || !window.desktopIntegration()->isTrayAvailable())
        window.show();
    return QApplication::exec();
}
