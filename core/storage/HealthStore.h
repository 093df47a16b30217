#pragma once

#include "domain/Result.h"
#include "health/HealthHistory.h"

#include <QObject>
#include <QPair>
#include <QSet>

namespace kith {

class Clock;
class Database;

// The reads behind relationship health: the whole network's interactions in one pass (not one
// query per contact), one contact's, and the circle suggestions the user chose to ignore.
class HealthStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthStore)

public:
    HealthStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Every contact not in the Trash with its interactions, the circles, and each interaction once.
    Result<HealthHistory> load() const;
    // One contact (also from the Trash) with its interactions.
    Result<ContactHistory> loadContact(qint64 contactId) const;
    // Several, by id; those in the Trash only when `liveOnly` is false. Unknown ids are left out.
    Result<QList<ContactHistory>> loadContacts(const QList<qint64>& contactIds, bool liveOnly) const;

    // (contact id, suggested circle key) pairs the user said to ignore.
    Result<QSet<QPair<qint64, QString>>> ignoredSuggestions() const;
    // Remembers that the user does not want `contactId` moved into `circle`.
    Status ignoreSuggestion(qint64 contactId, const QString& circle);

Q_SIGNALS:
    void ignoredSuggestionsChanged(qint64 contactId);

private:
    Result<QList<ContactHistory>> contacts(const QString& where, const QVariantList& values) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
