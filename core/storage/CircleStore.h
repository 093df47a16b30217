#pragma once

#include "domain/Circle.h"
#include "domain/Result.h"

#include <QObject>

namespace kith {

class Database;

// The rings of closeness and their default keep-in-touch cadence.
class CircleStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircleStore)

public:
    explicit CircleStore(Database& database, QObject* parent = nullptr);

    // Innermost first.
    Result<QList<Circle>> all() const;
    Status setCadence(const QString& key, std::optional<int> cadenceDays);

Q_SIGNALS:
    void circlesChanged();

private:
    Database& m_database;
};

} // namespace kith
