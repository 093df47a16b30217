#pragma once

#include "domain/LabeledValue.h"
#include "domain/PartialDate.h"
#include "domain/PostalAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kith {

enum class Priority { None = 0, Low = 1, Normal = 2, High = 3 };

// A person in the user's network, with every field Kith keeps for them.
struct Contact {
    qint64 id = 0;
    QString uid;

    QString prefix;
    QString given;
    QString additional;
    QString family;
    QString suffix;
    QString displayName;
    QString nickname;
    QString organization;
    QString title;

    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    QList<PostalAddress> addresses;
    QList<LabeledValue> urls;
    QList<LabeledValue> socialProfiles;

    PartialDate birthday;
    PartialDate anniversary;

    QString circle;                 // a circle key ("inner", "close", ...) or empty
    std::optional<int> cadenceDays; // overrides the circle's cadence when set
    QStringList tags;               // tag names
    Priority priority = Priority::None;
    std::optional<int> closeness; // how close the user feels, 1 (distant) to 5 (very close), when rated
    QString howMet;
    QString whereMet;
    QString notes;
    QByteArray photo;
    // vCard properties Kith does not model (X-*, unknown ones, Apple group labels), one unfolded
    // content line each as VCardProperty::toContentLine() writes it, in file order. Kept so that
    // nothing in an imported file is lost and an export writes them back.
    QStringList vcardExtras;

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // set while the contact is in the Trash

    // The name to show: the display name, else the name parts, else organisation or email.
    QString effectiveName() const;
    // Name parts joined in order, without display name.
    QString composedName() const;

    friend bool operator==(const Contact&, const Contact&) = default;
};

QString priorityKey(Priority priority);
std::optional<Priority> priorityFromKey(const QString& key);

} // namespace kith
