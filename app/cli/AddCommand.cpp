#include "AddCommand.h"

#include "CommandContext.h"

#include "domain/Circle.h"
#include "domain/Contact.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kith {

namespace {

const QRegularExpression& whitespace()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

// A name given as one string becomes given and family name: the last word is the family name.
void splitName(const QString& name, Contact& contact)
{
    QStringList words = name.split(whitespace(), Qt::SkipEmptyParts);
    if (words.size() > 1)
        contact.family = words.takeLast();
    contact.given = words.join(QLatin1Char(' '));
}

} // namespace

QString AddCommand::summary() const
{
    return QObject::tr("Add a contact and print its id.");
}

void AddCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Adds a contact and prints its id. A --name without --given or --family is split into given "
                    "and family name at its last word."));
    parser.addOptions({
        {QStringLiteral("name"), QObject::tr("The full name, as it should be shown."), QObject::tr("name")},
        {QStringLiteral("given"), QObject::tr("The given (first) name."), QObject::tr("given")},
        {QStringLiteral("family"), QObject::tr("The family (last) name."), QObject::tr("family")},
        {QStringLiteral("email"), QObject::tr("An email address; repeat for several."), QObject::tr("address")},
        {QStringLiteral("phone"), QObject::tr("A phone number; repeat for several."), QObject::tr("number")},
        {QStringLiteral("org"), QObject::tr("The organisation."), QObject::tr("organisation")},
        {QStringLiteral("title"), QObject::tr("The job title."), QObject::tr("title")},
        {QStringLiteral("tag"), QObject::tr("A tag; repeat for several."), QObject::tr("tag")},
        {QStringLiteral("circle"), QObject::tr("The circle: inner, close, active, acquaintance or dormant."),
         QObject::tr("circle")},
        {QStringLiteral("cadence"), QObject::tr("Keep in touch every this many days."), QObject::tr("days")},
        {QStringLiteral("closeness"), QObject::tr("How close you feel, from 1 (distant) to 5 (very close)."),
         QObject::tr("rating")},
        {QStringLiteral("birthday"), QObject::tr("The birthday, YYYY-MM-DD or --MM-DD without the year."),
         QObject::tr("date")},
        {QStringLiteral("notes"), QObject::tr("Free notes."), QObject::tr("text")},
    });
}

int AddCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("add takes no arguments besides options, got \"%1\".")
                                           .arg(parser.positionalArguments().constFirst()));
    const QString name = parser.value(QStringLiteral("name")).simplified();
    const QString given = parser.value(QStringLiteral("given")).simplified();
    const QString family = parser.value(QStringLiteral("family")).simplified();
    if (name.isEmpty() && given.isEmpty() && family.isEmpty())
        return context.fail(ExitUsage, QObject::tr("add needs --name (or --given and --family)."));

    Contact contact;
    if (given.isEmpty() && family.isEmpty()) {
        splitName(name, contact);
    } else {
        contact.given = given;
        contact.family = family;
        if (!name.isEmpty() && name != contact.composedName())
            contact.displayName = name;
    }

    const QStringList emails = parser.values(QStringLiteral("email"));
    for (const QString& raw : emails) {
        const QString email = raw.trimmed();
        if (!email.contains(QLatin1Char('@')) || email.contains(whitespace()))
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not an email address.").arg(raw));
        contact.emails.append({QString(), email});
    }
    const QStringList phones = parser.values(QStringLiteral("phone"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    for (const QString& raw : phones) {
        const QString phone = raw.simplified();
        if (!phone.contains(digit))
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a phone number.").arg(raw));
        contact.phones.append({QString(), phone});
    }
    contact.organization = parser.value(QStringLiteral("org")).simplified();
    contact.title = parser.value(QStringLiteral("title")).simplified();
    const QStringList tagOptions = parser.values(QStringLiteral("tag"));
    for (const QString& option : tagOptions) {
        // "--tag a,b" is read as two tags, as people type it.
        const QStringList tags = option.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& tag : tags) {
            if (!tag.simplified().isEmpty() && !contact.tags.contains(tag.simplified(), Qt::CaseInsensitive))
                contact.tags << tag.simplified();
        }
    }
    if (parser.isSet(QStringLiteral("cadence"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("cadence")).trimmed().toInt(&ok);
        if (!ok || days <= 0)
            return context.fail(ExitBadInput, QObject::tr("--cadence needs a whole number of days above zero, "
                                                          "not \"%1\".")
                                                  .arg(parser.value(QStringLiteral("cadence"))));
        contact.cadenceDays = days;
    }
    if (parser.isSet(QStringLiteral("closeness"))) {
        bool ok = false;
        const int rating = parser.value(QStringLiteral("closeness")).trimmed().toInt(&ok);
        if (!ok || rating < 1 || rating > 5)
            return context.fail(ExitBadInput, QObject::tr("--closeness needs a whole number from 1 to 5, not \"%1\".")
                                                  .arg(parser.value(QStringLiteral("closeness"))));
        contact.closeness = rating;
    }
    if (parser.isSet(QStringLiteral("birthday"))) {
        const QString text = parser.value(QStringLiteral("birthday"));
        const auto birthday = PartialDate::fromIsoString(text);
        if (!birthday || birthday->isNull())
            return context.fail(ExitBadInput,
                                QObject::tr("\"%1\" is not a valid birthday; use YYYY-MM-DD or --MM-DD.").arg(text));
        contact.birthday = *birthday;
    }
    contact.notes = parser.value(QStringLiteral("notes"));
    const QString circle = parser.value(QStringLiteral("circle")).trimmed();

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());

    if (parser.isSet(QStringLiteral("circle"))) {
        auto circles = context.circles().all();
        if (!circles)
            return context.fail(ExitBadInput, circles.error());
        QStringList keys;
        for (const Circle& c : *circles) {
            keys << c.key;
            if (c.key.compare(circle, Qt::CaseInsensitive) == 0 || c.name.compare(circle, Qt::CaseInsensitive) == 0)
                contact.circle = c.key;
        }
        if (contact.circle.isEmpty())
            return context.fail(ExitBadInput, QObject::tr("There is no circle called \"%1\"; the circles are %2.")
                                                  .arg(circle, keys.join(QStringLiteral(", "))));
    }

    return context.reportAdded(context.contacts().add(contact));
}

} // namespace kith
