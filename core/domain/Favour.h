#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kith {

// Who did the favour: the user for the contact (given) or the contact for the user (received).
enum class FavourDirection { Given, Received };

// A favour between the user and one contact: what, when.
struct Favour {
    qint64 id = 0;
    qint64 contactId = 0;
    FavourDirection direction = FavourDirection::Given;
    QString what;
    QDate happenedOn;
    QString notes;
    QDateTime createdAt; // UTC

    friend bool operator==(const Favour&, const Favour&) = default;
};

// How many favours went each way between the user and one contact.
struct FavourBalance {
    int given = 0;    // by the user to the contact
    int received = 0; // by the contact to the user

    // Positive when the user has done more for the contact than the other way round.
    int net() const { return given - received; }
    friend bool operator==(const FavourBalance&, const FavourBalance&) = default;
};

// "given", "received": what the database, kith-cli and JSON say.
QString favourDirectionKey(FavourDirection direction);
// Also accepts "gave", "give", "got", "receive".
std::optional<FavourDirection> favourDirectionFromKey(const QString& key);
// In plain words, for the detail pane and kith-cli: "You've done 3 favours for Ada; Ada has done 1 for you."
QString favourBalanceText(const QString& name, const FavourBalance& balance);

} // namespace kith
