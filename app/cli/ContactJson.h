#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace kith {

struct Contact;
struct Interaction;
struct Reminder;

// The JSON kith-cli prints for contacts. The keys of brief() are stable for scripts:
// id, uid, name, given, family, organization, title, emails, phones, birthday, tags, circle,
// last_interaction. full() adds every other field with its interactions and open reminders.
class ContactJson final {
public:
    static QJsonObject brief(const Contact& contact, const QDateTime& lastInteraction);
    static QJsonObject full(const Contact& contact, const QDateTime& lastInteraction,
                            const QList<Interaction>& interactions, const QList<Reminder>& openReminders);
    static QJsonObject interaction(const Interaction& interaction);
    static QJsonObject reminder(const Reminder& reminder);

    // ISO 8601 in UTC ("2024-05-01T10:00:00Z"), or null.
    static QJsonValue dateTime(const QDateTime& time);
    // Empty text as null.
    static QJsonValue textOrNull(const QString& text);
};

} // namespace kith
