#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kith {

void installTranslators()
{
    QCoreApplication* app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("kith"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("kith_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace kith
