#pragma once

#include "storage/NetworkStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kith {

// One answer to "who can help with X": who, why they matched, how you know them and how strong the tie is.
struct HelpMatch {
    qint64 contactId = 0;
    QString name;
    HelpSource source = HelpSource::Expertise; // the best place the words were found
    QList<HelpSource> sources;                 // every place, best first
    QString matched;                           // the text found there, the words in [ ]
    QDateTime matchedAt;                       // when the source is an interaction: when it was
    QString reason;                            // "Can help with: [tax] [law]"

    QString circleName;
    QStringList links; // "Ada Lovelace's parent", at most three
    QString howMet;
    QString whereMet;
    QDateTime lastInteraction;
    double strength = 0; // 0..100, HealthCalculator's tie strength today; 0 when never in touch
    QString howYouKnow;  // the above in one line
};

// "Can help with", "Title or organisation", ...
QString helpSourceLabel(HelpSource source);
// "expertise", "topic", "work", "notes", "interaction": for JSON.
QString helpSourceKey(HelpSource source);

} // namespace kith
