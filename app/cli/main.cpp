#include "CommandRunner.h"
#include "Console.h"
#include "i18n/Translators.h"

#include <QCoreApplication>

// kith-cli: Kith's contacts, interactions and reminders from the shell. No display needed.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kith-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));
    // Kith's translation: core's sentences in the user's language, and in English with the right plural
    // forms ("1 person") where there is none for it.
    kith::installTranslators();

    kith::Console console;
    kith::CommandRunner runner(console);
    return runner.run(QCoreApplication::arguments());
}
