#pragma once

#include "domain/Result.h"
#include "network/RelationshipSuggestion.h"

#include <QCoreApplication>
#include <QList>

namespace kith {

class Database;
class RelationshipStore;

// Suggests links from what is already known: siblings through a shared parent, colleagues through the same
// organisation (compared normalised: case, accents, punctuation and legal forms such as "Ltd" do not
// count), and people who were at the same event as knowing each other (pairs linked in any way already are
// left alone). A link that exists, or that the user rejected, is not suggested. Contacts in the Trash take
// no part.
class RelationshipSuggester final {
    Q_DISABLE_COPY_MOVE(RelationshipSuggester)
    Q_DECLARE_TR_FUNCTIONS(kith::RelationshipSuggester)

public:
    // Confirmed and rejected suggestions go through `relationships`, which announces them.
    RelationshipSuggester(Database& database, RelationshipStore& relationships);

    // Suggestions involving `contactId`, seen from it; siblings first, then by the other's id. At most
    // kMaxColleagueSuggestions colleagues (the first added); the rest are counted. Reads only what concerns the
    // contact: its links, its parents' children, its events.
    Result<ContactLinkSuggestions> forContact(qint64 contactId) const;
    // Every suggestion, each once. Organisations with more than `maxColleagues` contacts are skipped:
    // people at a large employer rarely all know each other.
    Result<QList<RelationshipSuggestion>> all(int maxColleagues = kMaxColleagues) const;

    static constexpr int kMaxColleagues = 25;

    // Events with more people on their list than this suggest nothing: at a conference or a big party most of
    // those there never speak to each other, and 30 people would make 435 suggestions.
    static constexpr int kMaxEventAttendees = 20;
    // Colleagues suggested to one contact: at an organisation of 500, a list of 499 helps nobody.
    static constexpr int kMaxColleagueSuggestions = 10;

    Result<qint64> confirm(const RelationshipSuggestion& suggestion);
    Status reject(const RelationshipSuggestion& suggestion);

    // "Initech, Inc." and "INITECH" both give "initech".
    static QString normalizedOrganization(const QString& organization);

private:
    Result<ContactLinkSuggestions> suggest(qint64 onlyContact, int maxColleagues) const;

    Database& m_database;
    RelationshipStore& m_relationships;
};

} // namespace kith
