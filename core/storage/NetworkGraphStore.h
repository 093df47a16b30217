#pragma once

#include "domain/Result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace kith {

class Database;

// One contact as the network view draws it.
struct GraphContact {
    qint64 id = 0;
    QString name;
    QString circleKey; // empty when the contact has no circle
};

// The reads behind the network view (ui/network/NetworkGraph*): every contact with what a node shows, and who
// carries a tag or a topic, for its filters. Contacts in the Trash are left out.
class NetworkGraphStore final {
    Q_DISABLE_COPY_MOVE(NetworkGraphStore)

public:
    explicit NetworkGraphStore(Database& database);

    // By id.
    Result<QList<GraphContact>> contacts() const;
    Result<QSet<qint64>> withTag(qint64 tagId) const;
    // The contacts that have a topic of this name (any kind, any case).
    Result<QSet<qint64>> withTopic(const QString& name) const;

private:
    Result<QSet<qint64>> idSet(const QString& text, const QVariantList& values) const;

    Database& m_database;
};

} // namespace kith
