#include "Console.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kith {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::print(const QString& text)
{
    write(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void Console::error(const QString& message)
{
    endProgress();
    QString line = message.simplified();
    write(stderr, QStringLiteral("kith-cli: ") + line + QLatin1Char('\n'));
}

bool Console::showsProgress() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void Console::progress(const QString& text)
{
    if (!showsProgress())
        return;
    // Carriage return and erase-to-end keep the progress on one updating line.
    write(stderr, QStringLiteral("\r\x1b[K") + text);
    m_progressShown = true;
}

void Console::endProgress()
{
    if (!m_progressShown)
        return;
    write(stderr, QStringLiteral("\r\x1b[K"));
    m_progressShown = false;
}

} // namespace kith
