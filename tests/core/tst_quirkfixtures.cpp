// One hand-written fixture per quirk of ../shared/FORMATS.md (tests/data/vcard, tests/data/csv), each read
// through the real reader and mapper, with the exact values a user would see checked. The readers' own
// tests check the same quirks inline on single lines; these check whole files, as a user drops them.
#include "io/csv/CsvMapper.h"
#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"
#include "io/vcard/VCardMapper.h"
#include "io/vcard/VCardReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace kith;

namespace {

struct ReadFile {
    QList<Contact> contacts;
    QStringList versions; // per card (vCard) or the profile kind (CSV, once)
    QList<QStringList> warnings;
    QList<QList<VCardProperty>> unmapped;
    QList<qint64> errorLines;
};

ReadFile readVCardFile(const QString& path)
{
    ReadFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    VCardReader reader(&file);
    const VCardMapper mapper;
    while (auto card = reader.next()) {
        MappedVCard mapped = mapper.map(*card);
        result.contacts.append(mapped.contact);
        result.versions.append(card->version);
        result.warnings.append(mapped.warnings);
        result.unmapped.append(mapped.unmapped);
    }
    for (const VCardError& error : reader.errors())
        result.errorLines.append(error.line);
    return result;
}

ReadFile readCsvFile(const QString& path)
{
    ReadFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    CsvReader reader(&file);
    const CsvMapper mapper(CsvProfileDetector::detect(reader.header()));
    result.versions.append(CsvProfile::kindName(mapper.profile().kind));
    while (auto row = reader.next()) {
        const MappedCsvRow mapped = mapper.map(*row);
        result.contacts.append(mapped.contact);
        result.warnings.append(mapped.warnings);
        result.unmapped.append(QList<VCardProperty>());
    }
    for (const CsvError& error : reader.errors())
        result.errorLines.append(error.line);
    return result;
}

QString labeled(const QList<LabeledValue>& values)
{
    QStringList out;
    for (const LabeledValue& v : values)
        out.append(v.label + u':' + v.value);
    return out.join(u" | ");
}

// One field of a read file as text: "name" (what Kith shows), a Contact field, or "count", "version",
// "errors", "warnings", "extras", "photo", "param:PROPERTY:PARAMETER" (an unmapped property's parameter).
QString fieldText(const ReadFile& file, int card, const QString& field)
{
    if (field == u"count")
        return QString::number(file.contacts.size());
    if (field == u"errors") {
        QStringList lines;
        for (qint64 line : file.errorLines)
            lines.append(QString::number(line));
        return lines.join(u',');
    }
    if (field == u"kind")
        return file.versions.value(0);
    if (card >= file.contacts.size())
        return QStringLiteral("<no card %1>").arg(card);
    const Contact& c = file.contacts[card];
    if (field == u"version")
        return file.versions.value(card);
    if (field == u"warnings")
        return QString::number(file.warnings[card].size());
    if (field == u"name")
        return c.effectiveName();
    if (field == u"parts")
        return QStringList{c.prefix, c.given, c.additional, c.family, c.suffix}.join(u'/');
    if (field == u"displayName")
        return c.displayName;
    if (field == u"nickname")
        return c.nickname;
    if (field == u"org")
        return c.organization;
    if (field == u"title")
        return c.title;
    if (field == u"notes")
        return c.notes;
    if (field == u"emails")
        return labeled(c.emails);
    if (field == u"phones")
        return labeled(c.phones);
    if (field == u"urls")
        return labeled(c.urls);
    if (field == u"social")
        return labeled(c.socialProfiles);
    if (field == u"addresses") {
        QStringList out;
        for (const PostalAddress& a : c.addresses)
            out.append(
                a.label + u':' +
                QStringList{a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country}.join(u'/'));
        return out.join(u" | ");
    }
    if (field == u"birthday")
        return c.birthday.toIsoString();
    if (field == u"anniversary")
        return c.anniversary.toIsoString();
    if (field == u"tags")
        return c.tags.join(u',');
    if (field == u"howMet")
        return c.howMet;
    if (field == u"extras")
        return c.vcardExtras.join(u" | ");
    if (field == u"photo")
        return c.photo.isEmpty()
                   ? QString()
                   : QStringLiteral("%1 bytes %2")
                         .arg(c.photo.size())
                         .arg(QString::fromLatin1(
                             QCryptographicHash::hash(c.photo, QCryptographicHash::Sha1).toHex().left(12)));
    if (field.startsWith(u"param:")) {
        const QString property = field.section(u':', 1, 1);
        const QString parameter = field.section(u':', 2, 2);
        for (const VCardProperty& p : file.unmapped[card]) {
            if (p.name == property)
                return p.parameterValues(parameter).join(u',');
        }
        return QStringLiteral("<no %1>").arg(property);
    }
    return QStringLiteral("<unknown field %1>").arg(field);
}

const QString png = QStringLiteral("70 bytes 16707c5102ac");

// The fixtures the data functions name ("vcard/date-forms.vcf"), for everyFixtureIsTested().
QSet<QString>& testedFixtures()
{
    static QSet<QString> files;
    return files;
}

} // namespace

class TestQuirkFixtures final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vcard_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("card");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* file, int card, const char* field, const QString& expected) {
            testedFixtures().insert(QStringLiteral("vcard/%1.vcf").arg(QLatin1String(file)));
            QTest::addRow("%s #%d %s", file, card, field)
                << QString::fromLatin1(file) << card << QString::fromLatin1(field) << expected;
        };
        row("fold-splits-utf8", 0, "name", QStringLiteral("Renée Dupont"));
        row("fold-splits-utf8", 0, "notes", QStringLiteral("Café crème"));
        row("fold-21-keeps-whitespace", 0, "notes", QStringLiteral("Admiral and computer scientist"));
        row("fold-21-keeps-whitespace", 0, "title", QStringLiteral("Rear\tAdmiral"));
        row("fold-21-keeps-whitespace", 0, "displayName", QString());
        row("fold-without-whitespace", 0, "notes",
            QStringLiteral("Simplicity is prerequisite for reliability; andthe lack of it breeds bugs"));
        row("fold-without-whitespace", 0, "emails", QStringLiteral(":ewd@example.org"));
        row("qp-soft-breaks", 0, "parts", QStringLiteral("/Jürgen//Müller/"));
        row("qp-soft-breaks", 0, "displayName", QString());
        row("qp-soft-breaks", 0, "notes",
            QStringLiteral("Erste Zeile\nZweite Zeile mit einem sehr langen Text, der weich umbrochen wird, und ein "
                           "größer Umlaut am Ende"));
        row("charset-params", 0, "parts", QStringLiteral("/François//Lefèvre/"));
        row("charset-params", 0, "org", QStringLiteral("Café €uro"));
        row("charset-params", 0, "title", QStringLiteral("Chef"));
        row("charset-params", 0, "notes", QStringLiteral("à bientôt"));
        row("latin1-undeclared", 0, "name", QStringLiteral("Kurt Gödel"));
        row("latin1-undeclared", 0, "addresses", QStringLiteral("home://Straße 1/Brünn///Österreich"));
        row("utf8-bom", 0, "name", QStringLiteral("Åsa Lind"));
        row("utf8-bom", 0, "count", QStringLiteral("1"));
        row("cr-cr-lf", 0, "name", QStringLiteral("Johnny Appleseed"));
        row("cr-cr-lf", 0, "phones", QStringLiteral("mobile:+1 555 0100"));
        row("cr-cr-lf", 0, "notes", QStringLiteral("long note that isfolded"));
        row("cr-cr-lf", 0, "errors", QString());
        row("mixed-line-endings", 0, "count", QStringLiteral("2"));
        row("mixed-line-endings", 0, "emails", QStringLiteral(":one@example.org"));
        row("mixed-line-endings", 1, "name", QStringLiteral("Mixed Two"));
        row("blank-lines", 0, "emails", QStringLiteral(":blank@example.org"));
        row("blank-lines", 1, "name", QStringLiteral("After Blank"));
        row("blank-lines", 0, "errors", QString());
        row("end-mixed-case", 0, "name", QStringLiteral("Lower Case"));
        row("end-mixed-case", 1, "name", QStringLiteral("Upper Case"));
        row("end-mixed-case", 0, "errors", QString());
        row("missing-begin-end", 0, "count", QStringLiteral("4"));
        row("missing-begin-end", 0, "emails", QStringLiteral(":noend@example.org"));
        row("missing-begin-end", 1, "name", QStringLiteral("Complete"));
        row("missing-begin-end", 2, "name", QStringLiteral("No Begin"));
        row("missing-begin-end", 3, "phones", QStringLiteral(":+1 555 0199"));
        row("missing-begin-end", 0, "errors", QStringLiteral("1,9,12"));
        row("type-forms", 0, "phones", QStringLiteral("work:+1 555 0101 | home:+1 555 0102 | mobile:+1 555 0103"));
        row("type-forms", 0, "emails", QStringLiteral("work:tf@example.org"));
        row("bare-21-params", 0, "phones", QStringLiteral("home:555-0104 | work fax:555-0105 | mobile:555-0106"));
        row("bare-21-params", 0, "emails", QStringLiteral(":bare@example.org"));
        row("bare-21-params", 0, "addresses", QStringLiteral("work://1 Main St/Springfield/IL/62701/USA"));
        row("bare-21-params", 0, "name", QStringLiteral("Params Bare"));
        row("lowercase-params", 0, "name", QStringLiteral("Lower Params"));
        row("lowercase-params", 0, "phones", QStringLiteral("mobile:555-0107"));
        row("lowercase-params", 0, "emails", QStringLiteral("home:lower@example.org"));
        row("lowercase-params", 0, "birthday", QStringLiteral("1970-01-02"));
        row("lowercase-params", 0, "urls", QStringLiteral("work:https://lower.example"));
        row("rfc6868-params", 0, "param:X-OFFICE:LABEL", QStringLiteral("Building \"A\"\nFloor 2 ^ top"));
        row("rfc6868-params", 0, "extras", QStringLiteral("X-OFFICE;LABEL=Building ^'A^'^nFloor 2 ^^ top:HQ"));
        row("value-escapes", 0, "displayName", QStringLiteral("Escapes, Esq."));
        row("value-escapes", 0, "notes", QStringLiteral("a, b; c\\ d\ne\nf"));
        row("value-escapes", 0, "title", QStringLiteral("Head, Ops; Europe"));
        row("stray-escapes", 0, "urls", QStringLiteral(":http://example.org/stray"));
        row("stray-escapes", 0, "notes", QStringLiteral("path C:\\temp\\file and \\q"));
        row("compound-values", 0, "parts", QStringLiteral("Mr./John/Richter James/Doe/Sr."));
        row("compound-values", 0, "displayName", QString());
        row("compound-values", 0, "addresses",
            QStringLiteral("home:/Apt 4; rear/12 Elm St, North/Springfield//62701/USA | "
                           "work:PO 9//1 Loop, Suite 3/Cupertino/CA/95014/"));
        row("compound-values", 0, "org", QStringLiteral("Acme, Research, Lab 2"));
        row("apple-groups", 0, "emails", QStringLiteral("home:kate@icloud.example"));
        row("apple-groups", 0, "phones", QStringLiteral("home fax:+1 555 0110 | Grandma:+1 555 0111"));
        row("apple-groups", 0, "urls", QStringLiteral("homepage:https://kate.example"));
        row("apple-groups", 0, "anniversary", QStringLiteral("2012-06-30"));
        row("apple-groups", 0, "extras",
            QStringLiteral("item6.X-ABRELATEDNAMES;TYPE=pref:Tom | item6.X-ABLABEL:_$!<Spouse>!$_ | "
                           "X-ABUID:5A9C1D:ABPerson"));
        row("google-groups", 0, "emails", QStringLiteral("home:gina@gmail.example | Chess club:gina@club.example"));
        row("google-groups", 0, "phones", QStringLiteral("Boat:+44 20 7946 0111"));
        row("google-groups", 0, "tags", QStringLiteral("myContacts,Chess"));
        row("google-groups", 0, "extras", QStringLiteral("item3.X-ABDATE:2019-09-01 | item3.X-ABLABEL:First met"));
        row("random-group-names", 0, "phones", QStringLiteral("Lab line:+1 555 0120"));
        row("random-group-names", 0, "emails", QStringLiteral("Old:rg@example.org"));
        row("random-group-names", 0, "notes", QStringLiteral("grouped note"));
        row("random-group-names", 0, "extras", QString());
        row("photo-forms", 0, "count", QStringLiteral("5"));
        row("photo-forms", 0, "photo", png);
        row("photo-forms", 1, "photo", png);
        row("photo-forms", 2, "photo", png);
        row("photo-forms", 2, "errors", QString());
        row("photo-forms", 3, "photo", png);
        row("photo-forms", 4, "photo", QString());
        row("photo-forms", 4, "extras", QStringLiteral("PHOTO;MEDIATYPE=image/jpeg:https://example.org/p.jpg"));
        row("date-forms", 0, "birthday", QStringLiteral("1985-04-15"));
        row("date-forms", 1, "birthday", QStringLiteral("1985-04-15"));
        row("date-forms", 2, "birthday", QStringLiteral("--04-15"));
        row("date-forms", 3, "birthday", QStringLiteral("--04-15"));
        row("date-forms", 4, "birthday", QStringLiteral("1953-10-15"));
        row("date-forms", 5, "birthday", QString());
        row("date-forms", 5, "extras", QStringLiteral("BDAY;VALUE=text:circa 1800"));
        row("date-forms", 5, "warnings", QStringLiteral("1"));
        row("date-forms", 6, "birthday", QStringLiteral("--04-12"));
        row("date-forms", 7, "birthday", QStringLiteral("--02-29"));
        row("date-forms", 8, "birthday", QStringLiteral("2001-02-03"));
        row("anniversary-forms", 0, "anniversary", QStringLiteral("2010-06-05"));
        row("anniversary-forms", 1, "anniversary", QStringLiteral("2011-07-06"));
        row("anniversary-forms", 2, "anniversary", QStringLiteral("2012-08-07"));
        row("anniversary-forms", 3, "anniversary", QStringLiteral("2013-08-09"));
        row("anniversary-forms", 4, "anniversary", QStringLiteral("2014-09-10"));
        row("anniversary-forms", 4, "extras", QString());
        row("vendor-extensions", 0, "social",
            QStringLiteral("im:ve@im.example | gtalk:ve@gmail.example | skype:ve.skype | "
                           "twitter:https://twitter.com/ve"));
        row("vendor-extensions", 0, "extras",
            QStringLiteral("X-MS-OL-DEFAULT-POSTAL-ADDRESS:2 | X-PHONETIC-FIRST-NAME:vee | X-PHONETIC-LAST-NAME:ex | "
                           "X-MESSAGING/TWITTER-ALL:ve_tw | X-EVOLUTION-FILE-AS:Extensions\\, Vendor | "
                           "X-MOZILLA-HTML:FALSE"));
        row("mixed-versions", 0, "version", QStringLiteral("2.1"));
        row("mixed-versions", 0, "phones", QStringLiteral("mobile:555-0131"));
        row("mixed-versions", 1, "version", QStringLiteral("3.0"));
        row("mixed-versions", 1, "phones", QStringLiteral("mobile:555-0132"));
        row("mixed-versions", 2, "version", QStringLiteral("4.0"));
        row("mixed-versions", 2, "phones", QStringLiteral("mobile:+1-555-0133"));
    }
    void vcard()
    {
        QFETCH(QString, file);
        QFETCH(int, card);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const QString path = QStringLiteral(KITH_TEST_DATA_DIR "/vcard/") + file + QStringLiteral(".vcf");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(fieldText(readVCardFile(path), card, field), expected);
    }

    void csv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("card");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* file, int card, const char* field, const QString& expected) {
            testedFixtures().insert(QStringLiteral("csv/%1.csv").arg(QLatin1String(file)));
            QTest::addRow("%s #%d %s", file, card, field)
                << QString::fromLatin1(file) << card << QString::fromLatin1(field) << expected;
        };
        row("google-current", 0, "kind", QStringLiteral("google-current"));
        row("google-current", 0, "count", QStringLiteral("1"));
        row("google-current", 0, "parts", QStringLiteral("/Ada//Lovelace/"));
        row("google-current", 0, "org", QStringLiteral("Analytical Engines, Research"));
        row("google-current", 0, "birthday", QStringLiteral("--12-10"));
        row("google-current", 0, "notes", QStringLiteral("Met at the\nRoyal Society, 1843"));
        row("google-current", 0, "tags", QStringLiteral("Friends"));
        row("google-current", 0, "emails",
            QStringLiteral("work:ada@engines.example | work:ada@work.example | home:ada@home.example"));
        row("google-current", 0, "phones", QStringLiteral("mobile:+44 7700 900002 | mobile:+44 7700 900001"));
        row("google-current", 0, "addresses",
            QStringLiteral("home://12 St James's Square/London//SW1Y 4JH/United Kingdom"));
        row("google-current", 0, "urls", QStringLiteral("blog:https://ada.example"));
        row("google-legacy-utf16le", 0, "kind", QStringLiteral("google-legacy"));
        row("google-legacy-utf16le", 0, "parts", QStringLiteral("/Grace/Brewster/Hopper/"));
        row("google-legacy-utf16le", 0, "displayName", QStringLiteral("Grace Hopper"));
        row("google-legacy-utf16le", 0, "tags", QStringLiteral("Navy"));
        row("google-legacy-utf16le", 0, "emails", QStringLiteral("home:grace@navy.example"));
        row("google-legacy-utf16le", 1, "name", QStringLiteral("Zoë Ødegård"));
        row("outlook-desktop", 0, "kind", QStringLiteral("outlook-desktop"));
        row("outlook-desktop", 0, "parts", QStringLiteral("Mr./Charles//Babbage/"));
        row("outlook-desktop", 0, "birthday", QStringLiteral("1791-12-26"));
        row("outlook-desktop", 0, "anniversary", QString());
        row("outlook-desktop", 0, "tags", QStringLiteral("Inventors,Friends"));
        row("outlook-desktop", 0, "org", QStringLiteral("Difference Engines Ltd, R&D"));
        row("outlook-desktop", 1, "birthday", QString());
        row("outlook-desktop", 1, "warnings", QStringLiteral("0"));
        row("outlook-semicolon-1252", 0, "kind", QStringLiteral("outlook-desktop"));
        row("outlook-semicolon-1252", 0, "name", QStringLiteral("François Lefèvre"));
        row("outlook-semicolon-1252", 0, "org", QStringLiteral("Café €uro"));
        row("outlook-semicolon-1252", 0, "notes", QStringLiteral("Très; bien"));
        row("outlook-semicolon-1252", 0, "birthday", QStringLiteral("1985-04-15"));
        row("outlook-com", 0, "kind", QStringLiteral("outlook-com"));
        row("outlook-com", 0, "parts", QStringLiteral("/Alan/Mathison/Turing/"));
        row("outlook-com", 0, "birthday", QStringLiteral("1912-06-23"));
        row("outlook-com", 0, "emails", QStringLiteral(":alan@bletchley.example"));
        row("linkedin-preamble", 0, "kind", QStringLiteral("linkedin"));
        row("linkedin-preamble", 0, "count", QStringLiteral("2"));
        row("linkedin-preamble", 0, "name", QStringLiteral("Margaret Hamilton"));
        row("linkedin-preamble", 0, "howMet", QStringLiteral("Connected on LinkedIn on 2024-01-15"));
        row("linkedin-preamble", 1, "howMet", QStringLiteral("Connected on LinkedIn on 2021-03-29"));
        row("linkedin-preamble", 1, "emails", QStringLiteral(":kj@nasa.example"));
        row("linkedin-preamble", 0, "social", QStringLiteral("linkedin:https://www.linkedin.com/in/mhamilton"));
        row("thunderbird-trailing-comma", 0, "kind", QStringLiteral("thunderbird"));
        row("thunderbird-trailing-comma", 0, "displayName", QStringLiteral("Linus T."));
        row("thunderbird-trailing-comma", 0, "birthday", QStringLiteral("1969-12-28"));
        row("thunderbird-trailing-comma", 1, "birthday", QStringLiteral("--03-04"));
        row("thunderbird-trailing-comma", 0, "errors", QString());
        row("multiline-quoted-cells", 0, "kind", QStringLiteral("generic"));
        row("multiline-quoted-cells", 0, "count", QStringLiteral("2"));
        row("multiline-quoted-cells", 0, "emails", QStringLiteral(":babs@mit.example"));
        row("multiline-quoted-cells", 0, "errors", QString());
    }
    void csv()
    {
        QFETCH(QString, file);
        QFETCH(int, card);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const QString path = QStringLiteral(KITH_TEST_DATA_DIR "/csv/") + file + QStringLiteral(".csv");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(fieldText(readCsvFile(path), card, field), expected);
    }

    // Runs after the data functions above: a fixture file without rows is a mistake.
    void everyFixtureIsTested()
    {
        for (const QString& folder : {QStringLiteral("vcard"), QStringLiteral("csv")}) {
            const QDir dir(QStringLiteral(KITH_TEST_DATA_DIR "/") + folder);
            for (const QString& name : dir.entryList(QDir::Files)) {
                const QString fixture = folder + u'/' + name;
                QVERIFY2(testedFixtures().contains(fixture), qPrintable(fixture + QStringLiteral(" has no test")));
            }
        }
        QVERIFY(testedFixtures().size() >= 30);
    }
};

QTEST_GUILESS_MAIN(TestQuirkFixtures)
#include "tst_quirkfixtures.moc"
