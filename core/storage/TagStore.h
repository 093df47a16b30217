#pragma once

#include "domain/Result.h"
#include "domain/Tag.h"

#include <QHash>
#include <QObject>

namespace kith {

class Database;

// Tags and categories, with their colours.
class TagStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagStore)

public:
    explicit TagStore(Database& database, QObject* parent = nullptr);

    // Categories first, then by name.
    Result<QList<Tag>> all() const;
    // How many contacts carry each tag, those in the Trash included (they lose it too when it is
    // removed); tags that no contact carries are absent.
    Result<QHash<qint64, int>> usageCounts() const;
    Result<qint64> add(const Tag& tag);
    // Renaming re-indexes the tagged contacts so that search finds the new name.
    Status update(const Tag& tag);
    Status remove(qint64 id);

Q_SIGNALS:
    void tagsChanged();

private:
    Status validate(const Tag& tag) const;

    Database& m_database;
};

} // namespace kith
