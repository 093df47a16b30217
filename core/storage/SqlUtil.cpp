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
    const QString text = value.toString();
    // Kith writes "YYYY-MM-DDTHH:MM:SSZ"; reading that by hand is several times faster than the
    // general ISO parser, which matters when the due list reads thousands of rows.
    if (text.size() == 20 && text[4] == QLatin1Char('-') && text[10] == QLatin1Char('T') &&
        text[19] == QLatin1Char('Z')) {
        auto number = [&](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text[i].unicode() - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                n = n * 10 + digit;
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

Status execWith(QSqlQuery& query, const QString& text, const QVariantList& values)
{
    if (auto s = prepare(query, text); !s)
        return s;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return exec(query);
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
