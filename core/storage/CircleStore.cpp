#include "storage/CircleStore.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace kith {

CircleStore::CircleStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<Circle>> CircleStore::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT key, name, cadence_days, sort_order FROM circles ORDER BY sort_order, key")))
        return Result<QList<Circle>>::failure(tr("Cannot read circles."));
    QList<Circle> circles;
    while (q.next()) {
        Circle c{q.value(0).toString(), q.value(1).toString(), std::nullopt, q.value(3).toInt()};
        if (!q.value(2).isNull())
            c.cadenceDays = q.value(2).toInt();
        circles << c;
    }
    return circles;
}

Status CircleStore::setCadence(const QString& key, std::optional<int> cadenceDays)
{
    if (cadenceDays && *cadenceDays <= 0)
        return Status::failure(tr("The keep-in-touch cadence must be at least one day."));
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE circles SET cadence_days = ? WHERE key = ?")); !s)
        return s;
    q.addBindValue(cadenceDays ? QVariant(*cadenceDays) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(key);
    if (auto s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no circle called \"%1\".").arg(key));
    Q_EMIT circlesChanged();
    return {};
}

} // namespace kith
