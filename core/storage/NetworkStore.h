#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace kith {

class Database;

// Where a "who can help" search found a contact, best first: what they can help with, their other
// topics, their title or organisation, the notes on them, what was said in an interaction with them.
enum class HelpSource { Expertise, Topic, Work, Notes, Interaction };

struct HelpHit {
    qint64 contactId = 0;
    HelpSource source = HelpSource::Expertise;
};

// What a result says about how you know someone.
struct ContactFacts {
    QString name;
    QString circleKey;
    QString circleName;
    int circleOrder = 0; // 1 for the innermost circle; 0 when the contact has none
    QString title;
    QString organization;
    QString howMet;
    QString whereMet;
    QDateTime lastInteraction; // UTC; invalid when never
};

// A topic of a contact that matched, the words found marked with [ ]: its name and the contact's words on it.
struct MatchedTopic {
    QString name;
    QString detail; // may be empty
};

// The text that matched in one source: the words found marked with [ ], and, for an interaction, when it was.
// For the topic sources, `topics` holds every topic that matched, best first, and `text` is empty.
struct HelpSnippet {
    QString text;
    QDateTime at;
    QList<MatchedTopic> topics;
};

// The reads behind using the network (core/network): the full-text indexes of schema 7 (topics one row per
// contact and topic since schema 9) and contacts_fts searched source by source, and the contact facts that explain a
// result. Contacts in the Trash are left out.
class NetworkStore final {
    Q_DISABLE_COPY_MOVE(NetworkStore)

public:
    explicit NetworkStore(Database& database);

    // Every (contact, source) pair where all the words of `matchExpression` (SearchIndex::matchExpression)
    // occur in that source: for the topic sources, in one topic (its name and detail).
    Result<QList<HelpHit>> helpHits(const QString& matchExpression) const;
    // The matching text of `source` for each of `contactIds` (the most recent interaction, for interactions).
    Result<QHash<qint64, HelpSnippet>> snippets(HelpSource source, const QString& matchExpression,
                                                const QList<qint64>& contactIds) const;
    Result<QHash<qint64, ContactFacts>> facts(const QList<qint64>& contactIds) const;
    // (contact id, organisation) of every contact not in the Trash that has one.
    Result<QList<std::pair<qint64, QString>>> organizations() const;

private:
    Database& m_database;
};

} // namespace kith
