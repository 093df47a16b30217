#include "settings/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace kith {

namespace {

// The Exec key's quoting rules (Desktop Entry Specification, "The Exec key").
QString quotedArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=");
    bool needsQuotes = argument.isEmpty();
    for (QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (QChar c : std::as_const(escaped)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString AutostartEntry::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/kith.desktop");
}

bool AutostartEntry::isEnabled()
{
    return QFileInfo::exists(path());
}

QString AutostartEntry::contents(const QString& executable)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Kith\n"
                          "Comment=%1\n"
                          "Exec=%2 --hidden\n"
                          "Icon=kith\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(QCoreApplication::translate("kith::AutostartEntry", "Reminders to keep in touch with your network"),
             quotedArgument(executable));
}

Status AutostartEntry::setEnabled(bool enabled, const QString& executable)
{
    const QString file = path();
    if (!enabled) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Status::failure(QCoreApplication::translate("kith::AutostartEntry", "Cannot remove %1.")
                                       .arg(QDir::toNativeSeparators(file)));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Status::failure(QCoreApplication::translate("kith::AutostartEntry", "Cannot create the folder %1.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath())));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(QCoreApplication::translate("kith::AutostartEntry", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(file), out.errorString()));
    out.write(contents(executable).toUtf8());
    if (!out.commit())
        return Status::failure(QCoreApplication::translate("kith::AutostartEntry", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

} // namespace kith
