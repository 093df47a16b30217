#include "domain/Clock.h"
#include "i18n/Translators.h"
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

namespace {

// --db, then KITH_DB, then the file last opened with File > Open or New if it is still there, then the
// default location (whose folder may not exist yet).
QString databasePath(const QCommandLineParser& parser, const QCommandLineOption& dbOption,
                     const kith::Settings& settings)
{
    if (parser.isSet(dbOption))
        return parser.value(dbOption);
    const QString fromEnvironment = qEnvironmentVariable("KITH_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString lastOpened = settings.value(kith::Settings::Key::LastDatabase).toString();
    if (!lastOpened.isEmpty() && QFileInfo(lastOpened).isFile())
        return lastOpened;
    const QString path = kith::Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// The options kith understands, described on `parser` in the user's language.
struct Options {
    QCommandLineOption db;
    QCommandLineOption hidden;
};

Options describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kith, a personal network manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(
            QStringLiteral("db"),
            QCoreApplication::translate("main", "Use the database file <path> (default: $KITH_DB, else %1).")
                .arg(QDir::toNativeSeparators(kith::Database::defaultPath())),
            QCoreApplication::translate("main", "path")),
        // What the autostart entry passes: start in the tray, the window shown only when asked for.
        QCommandLineOption(QStringLiteral("hidden"),
                           QCoreApplication::translate("main", "Start in the system tray without showing the window.")),
    };
    parser.addOption(options.db);
    parser.addOption(options.hidden);
    return options;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kith"));
    QCoreApplication::setApplicationName(QStringLiteral("kith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));
}

// --help and --version only print, so they must work where no display is (a terminal over ssh, a build).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        kith::initAppResources();
        kith::installTranslators();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("kith"));
    kith::initAppResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kith.svg")));
    kith::installTranslators();

    QCommandLineParser parser;
    const Options options = describeOptions(parser);
    parser.process(app);

    kith::Settings settings;
    const QString path = databasePath(parser, options.db, settings);
    auto database = kith::Database::open(path);
    if (!database) {
        // The store's message already names the file.
        kith::MessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open Database"), database.error());
        return 1;
    }

    kith::MainWindow window(settings, *database.value(), kith::Clock::system());
    // Hidden only where the tray can bring it back.
    if (!parser.isSet(options.hidden) || !window.desktopIntegration()->isTrayAvailable())
        window.show();
    return QApplication::exec();
}
