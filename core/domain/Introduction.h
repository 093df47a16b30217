#pragma once

#include "domain/Topic.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

// How far an introduction has gone: the user asked one of them whether they would like to meet the
// other (asked), put them in touch (made), and they took it up (accepted) or did not (declined).
enum class IntroductionStatus { Asked, Made, Accepted, Declined };

// The user introducing two contacts to each other. The pair is unordered and stored low id first
// (firstId < secondId), whichever way round it was entered.
struct Introduction {
    qint64 id = 0;
    qint64 firstId = 0;
    qint64 secondId = 0;
    qint64 topicId = 0; // 0 when about no topic in particular
    QString reason;
    QDate introducedOn;
    IntroductionStatus status = IntroductionStatus::Asked;
    QString outcome;
    qint64 followUpReminderId = 0; // 0 when none (never set, or the reminder was deleted)
    QDateTime createdAt;           // UTC
    QDateTime updatedAt;           // UTC

    // Filled in by the store's reads, ignored by its writes.
    QString firstName;
    QString secondName;
    QString topicName;

    friend bool operator==(const Introduction&, const Introduction&) = default;
};

// One reason to introduce two people: what one of them is looking for (a need) or wants (a goal) is what the
// other can help with (expertise), on the same topic.
struct IntroductionMatch {
    qint64 seekerId = 0;
    qint64 helperId = 0;
    qint64 topicId = 0;
    QString topic;
    TopicKind seekerKind = TopicKind::Need; // Need or Goal

    friend bool operator==(const IntroductionMatch&, const IntroductionMatch&) = default;
};

QList<IntroductionStatus> allIntroductionStatuses();
// "asked", "made", "accepted", "declined": what the database, kith-cli and JSON say.
QString introductionStatusKey(IntroductionStatus status);
std::optional<IntroductionStatus> introductionStatusFromKey(const QString& key);
// For people: "Asked", "Made", "Accepted", "Declined".
QString introductionStatusLabel(IntroductionStatus status);

} // namespace kith
