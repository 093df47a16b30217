#pragma once

#include "domain/Circle.h"
#include "domain/Interaction.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

// Where a contact's cadence c comes from.
enum class CadenceSource {
    Contact,  // the contact's own keep-in-touch cadence
    Circle,   // its circle's
    Fallback, // neither has one (dormant circle, no circle): HealthModel::kFallbackCadenceDays
};

// One interaction as one of its participants saw it: what health needs of it, nothing more.
struct HealthTouch {
    qint64 interactionId = 0;
    qint32 day = 0; // the local date it happened, as a Julian day (QDate::toJulianDay)
    Channel channel = Channel::InPerson;
    Initiator initiator = Initiator::Me;
    qint32 participants = 1;    // everyone who took part, this contact included
    qint32 durationMinutes = 0; // 0 when not recorded

    QDate date() const { return QDate::fromJulianDay(day); }
};

// One contact with everything its health is computed from.
struct ContactHistory {
    qint64 contactId = 0;
    QString name;
    QString circle; // circle key, or empty
    int cadenceDays = 0;
    CadenceSource cadenceSource = CadenceSource::Fallback;
    qint32 addedDay = 0; // the local date the contact was added, as a Julian day
    std::optional<int> closeness;
    QList<HealthTouch> touches; // oldest first (by day, then interaction id); future ones included
};

// Each interaction once (not once per participant), for counts over time.
struct InteractionStamp {
    qint32 day = 0; // Julian day, local date
    Channel channel = Channel::InPerson;
};

// A snapshot of the whole network, read in one pass over the interactions (HealthStore::load).
// Plain data: computing on it needs no database, so it can move to a worker thread.
struct HealthHistory {
    QList<ContactHistory> contacts;       // contacts not in the Trash, by id
    QList<Circle> circles;                // innermost first
    QList<InteractionStamp> interactions; // those with at least one contact not in the Trash, by day

    // Index into `contacts`, or -1.
    qsizetype indexOf(qint64 contactId) const;
};

} // namespace kith
