#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QStringList>

namespace kith::sql {

Status prepare(QSqlQuery& query, const QString& text)
{
    if (!query.prepare(text))
        return Status::failure(QObject::tr("Database error: %1").arg(query.lastError().text()));
    return {};
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return Status::failure(QObject::tr("Database error: %1").arg(query.lastError().text()));
    return {};
}

Status run(const QSqlDatabase& db, const QString& text)
{
    QSqlQuery query(db);
    if (!query.exec(text))
        return Status::failure(QObject::tr("Database error: %1").arg(query.lastError().text()));
    return {};
}

QVariant fromDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QString idListJson(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant nullIfEmpty(const QString& text)
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return text;
}

} // namespace kith::sql
