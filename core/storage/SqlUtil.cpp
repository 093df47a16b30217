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

Result<QList<qint64>> selectIds(const QSqlDatabase& db, const QString& text, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto s = prepare(q, text); !s)
        return Result<QList<qint64>>::failure(s.error());
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto s = exec(q); !s)
        return Result<QList<qint64>>::failure(s.error());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
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
