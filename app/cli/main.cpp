#include "CommandRunner.h"
#include "Console.h"

#include <QCoreApplication>

// kith-cli: Kith's contacts, interactions and reminders from the shell. No display needed.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kith-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));

    kith::Console console;
    kith::CommandRunner runner(console);
    return runner.run(QCoreApplication::arguments());
}
