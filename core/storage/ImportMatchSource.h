#pragma once

#include "domain/Contact.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace kith {

// What the import planner matches incoming records against: the contacts already stored, read in bulk and
// once per plan (ImportPlanner builds its keys from these rows).
class ImportMatchSource final {
public:
    struct ContactRow {
        qint64 id = 0;
        QString uid, given, family, displayName, organization, birthday;
        bool trashed = false;
    };
    struct FieldRow {
        qint64 contactId = 0;
        QString kind, value, normalized; // kind as in contact_fields ("email", "phone", "url", "social")
    };

    explicit ImportMatchSource(const QSqlDatabase& db);

    Status forEachContact(const std::function<void(const ContactRow&)>& visit) const;
    Status forEachField(const std::function<void(const FieldRow&)>& visit) const;
    // The cities of the contacts' addresses (the ones that have one).
    Status forEachCity(const std::function<void(qint64 contactId, const QString& city)>& visit) const;
    // The single-valued fields of these contacts (what a merge's conflicts are about), by id.
    Result<QHash<qint64, Contact>> singleValues(const QList<qint64>& ids) const;

private:
    QSqlDatabase m_db;
};

} // namespace kith
