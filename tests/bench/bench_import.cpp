// bench_import: importing a realistic 50,000-contact vCard 3.0 file (about 30 MB: folded lines, 5% inline
// photos, Apple item groups with X-ABLabel, mixed scripts, emoji) and a 50,000-row Google CSV, both generated
// deterministically in a temporary folder. Prints `BENCH <name> <value> <unit>` on stdout, everything else on
// stderr. Never asserts a timing.
//
// The full import into an empty database runs in a child process (this program started again with
// --child), so that its peak resident memory (VmHWM) is the import's alone.

#include "BenchReport.h"
#include "domain/ManualClock.h"
#include "io/import/ImportApplier.h"
#include "io/import/ImportFileReader.h"
#include "io/import/ImportPlanner.h"
#include "io/vcard/VCardReader.h"
#include "phone/PhoneNumbers.h"
#include "storage/BulkWrite.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace kith;

namespace {

// KITH_BENCH_CONTACTS makes smaller files (for profiling under callgrind).
const int Contacts =
    qEnvironmentVariableIsSet("KITH_BENCH_CONTACTS") ? qEnvironmentVariableIntValue("KITH_BENCH_CONTACTS") : 50'000;
constexpr int ParseRuns = 3;

const ManualClock& benchClock()
{
    static const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    return clock;
}

// Names from several scripts, as a real address book of a well-travelled person holds them.
const char* const kGiven[] = {"Ada",   "Grace",   "Alan",    "Émilie", "Søren",  "Zoë",     "José",   "Björn",
                              "Илья",  "Наталья", "Γιώργος", "Ελένη",  "太郎",   "さくら",  "明",     "李娜",
                              "محمد",  "فاطمة",   "דוד",     "Priya",  "Nguyễn", "Chiara",  "Łukasz", "Ayşe",
                              "Kwame", "Amara",   "Mateo",   "Freya",  "Ingrid", "Siobhán", "Oğuz",   "Hannah"};
const char* const kFamily[] = {"Lovelace", "Hopper",   "Turing",   "du Châtelet",  "Kierkegaard", "Müller", "García",
                               "Ørsted",   "Иванов",   "Петрова",  "Παπαδόπουλος", "Νικολάου",    "山田",   "佐藤",
                               "王",       "李",       "العلي",    "حسن",          "כהן",         "Sharma", "Trần",
                               "Rossi",    "Nowak",    "Yılmaz",   "Mensah",       "Okafor",      "López",  "Larsen",
                               "Berg",     "Ó Briain", "Schröder", "Smith"};
const char* const kOrg[] = {"Analytical Engines Ltd",
                            "US Navy",
                            "Bletchley Park",
                            "Université de Paris",
                            "Københavns Universitet",
                            "Siemens AG",
                            "東京大学",
                            "Московский университет",
                            "Acme Corp.",
                            "Café Zoë",
                            "Ørsted A/S",
                            "Banco Ñandú"};
const char* const kCity[] = {"London",    "Paris",  "København", "München", "Москва", "東京",
                             "São Paulo", "Zürich", "İstanbul",  "Kraków",  "Αθήνα",  "New York"};
const char* const kNote[] = {
    "Met at the conference 🎉 — talked about compilers, Babbage and the future of computing",
    "Вместе учились в университете; любит шахматы ♟️ и долгие "
    "прогулки "
    "по "
    "набережной",
    "紹介してくれたのは山田さん。次は一緒にラーメンを食べに行く約束 🍜",
    "Knows everyone in the Copenhagen start-up scene; ask about the café on Nørrebrogade ☕",
    "Ελληνικά μαθήματα κάθε Τρίτη — θυμήσου το βιβλίο 📚",
    "Old neighbour, \"the one with the dog\"; birthday party every summer, bring cake 🎂"};

class Random final {
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}
    int below(int n) { return int(m_engine() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N> const T& pick(const T (&items)[N]) { return items[below(int(N))]; }

private:
    std::mt19937 m_engine;
};

// Appends a content line folded at 75 octets (CRLF and one space), never inside a UTF-8 character.
void appendFolded(QByteArray& out, const QByteArray& line)
{
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.constData() + start, cut - start);
        out.append("\r\n ");
        start = cut;
        limit = 74;
    }
    out.append(line.constData() + start, line.size() - start);
    out.append("\r\n");
}

// A valid number of one of four countries, unique per contact (`i`) and per `second` number.
QByteArray phoneNumber(Random& random, int i, bool second, bool national)
{
    char digits[16];
    std::snprintf(digits, sizeof digits, "%06d", int((qint64(i) * 7919) % 1'000'000));
    const char other = second ? '2' : '1';
    switch (random.below(4)) {
    case 0:
        return (national ? QByteArray("0792") : QByteArray("+44 792")) + other + ' ' + digits;
    case 1:
        // Area code, then an exchange starting with 2 (NANP numbers have ten digits).
        return QByteArray(second ? "+1 415-2" : "+1 650-2") + QByteArray(digits, 2) + '-' + QByteArray(digits + 2, 4);
    case 2:
        return QByteArray("+49 15") + other + ' ' + QByteArray(digits, 6) + "21";
    default:
        return QByteArray("+33 6 ") + other + QByteArray(digits, 1) + ' ' + QByteArray(digits + 1, 2) + ' ' +
               QByteArray(digits + 3, 2) + ' ' + QByteArray(digits + 5, 1) + '0';
    }
}

// Compound given names and double-barrelled family names: about a million different names, so that people
// share a name about as often as in a real address book.
template <size_t N> QByteArray personName(Random& random, const char* const (&parts)[N], char joiner)
{
    QByteArray name = random.pick(parts);
    if (random.chance(85))
        name += joiner + QByteArray(random.pick(parts));
    return name;
}

QByteArray organization(Random& random)
{
    return QByteArray("ORG:") + random.pick(kOrg) + ' ' + QByteArray::number(1 + random.below(40));
}

QByteArray asciiKey(const QByteArray& name, int i)
{
    QByteArray key;
    for (char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            key += char(c | 0x20);
    }
    if (key.isEmpty())
        key = "contact";
    return key + QByteArray::number(i);
}

bool writeVCards(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Random random(20261201);
    QByteArray out;
    out.reserve(1 << 20);
    for (int i = 0; i < Contacts; ++i) {
        const QByteArray given = personName(random, kGiven, ' ');
        const QByteArray family = personName(random, kFamily, '-');
        const QByteArray key = asciiKey(given + family, i);
        out.append("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.1//EN\r\n");
        appendFolded(out, "N:" + family + ';' + given + ";;;");
        appendFolded(out, "FN:" + given + ' ' + family);
        if (random.chance(60)) {
            appendFolded(out, organization(random) + ';');
            out.append("TITLE:Engineer\r\n");
        }
        appendFolded(out, "item1.EMAIL;type=INTERNET;type=pref:" + key + "@example.com");
        out.append("item1.X-ABLabel:_$!<Other>!$_\r\n");
        if (random.chance(40))
            appendFolded(out, "EMAIL;type=INTERNET;type=WORK:" + key + "@work.example.org");
        appendFolded(out, "TEL;type=CELL;type=VOICE;type=pref:" + phoneNumber(random, i, false, false));
        if (random.chance(50))
            appendFolded(out, "item2.TEL:" + phoneNumber(random, i, true, true));
        if (random.chance(50))
            out.append("item2.X-ABLabel:Best friend 🐶\r\n");
        if (random.chance(50)) {
            appendFolded(out, QByteArray("item3.ADR;type=HOME;type=pref:;;") +
                                  QByteArray::number(1 + random.below(200)) + " High Street\\nFlat " +
                                  QByteArray::number(1 + random.below(9)) + ';' + random.pick(kCity) + ";;" +
                                  QByteArray::number(10000 + random.below(89999)) + ";United Kingdom");
            out.append("item3.X-ABADR:gb\r\n");
        }
        if (random.chance(70)) {
            char date[40];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", 1940 + random.below(70), 1 + random.below(12),
                          1 + random.below(28));
            out.append("BDAY;value=date:").append(date).append("\r\n");
        }
        if (random.chance(30))
            appendFolded(out, QByteArray("NOTE:") + random.pick(kNote));
        if (random.chance(20))
            appendFolded(out, "item4.URL;type=pref:https://www." + key + ".example.net/about/");
        if (random.chance(20))
            out.append("item4.X-ABLabel:_$!<HomePage>!$_\r\n");
        if (random.chance(25))
            appendFolded(out, "X-SOCIALPROFILE;type=twitter:https://twitter.com/" + key);
        if (random.chance(15))
            appendFolded(out, "X-ABRELATEDNAMES;type=pref:" + QByteArray(random.pick(kGiven)));
        if (random.chance(10))
            out.append("X-PHONETIC-FIRST-NAME:").append(key.left(4)).append("\r\n");
        if (random.chance(10))
            out.append("CATEGORIES:Friends,Work\r\n");
        if (random.chance(5)) {
            QByteArray photo(1500 + random.below(2000), Qt::Uninitialized);
            for (char& c : photo)
                c = char(random.below(256));
            appendFolded(out, "PHOTO;ENCODING=b;TYPE=JPEG:" + photo.toBase64());
        }
        appendFolded(out, "UID:" + QByteArray::number(0x1000000 + i, 16) + "-8F3A-4C2B-9D1E-" + key);
        out.append("REV:2026-11-20T10:00:00Z\r\nEND:VCARD\r\n");
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return file.write(out) == out.size();
}

QByteArray csvCell(const QByteArray& text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QByteArray quoted = text;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

bool writeGoogleCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Random random(20261202);
    QByteArray out = "\xEF\xBB\xBF"
                     "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                     "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization "
                     "Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,"
                     "E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - "
                     "Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - "
                     "Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - "
                     "Label,Website 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value\r\n";
    for (int i = 0; i < Contacts; ++i) {
        const QByteArray given = personName(random, kGiven, ' ');
        const QByteArray family = personName(random, kFamily, '-');
        const QByteArray key = asciiKey(given + family, i);
        const bool org = random.chance(60);
        const bool secondEmail = random.chance(30);
        const bool address = random.chance(50);
        char date[40] = "";
        if (random.chance(60))
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", 1940 + random.below(70), 1 + random.below(12),
                          1 + random.below(28));
        const QByteArray city = random.pick(kCity);
        const QByteArray none;
        const QByteArray street = QByteArray::number(1 + random.below(200)) + " High Street";
        QByteArrayList cells;
        cells << given << none << family << none << none << none << none << none << none << none
              << (org ? organization(random).mid(4) : none) << (org ? QByteArray("Engineer") : none) << none
              << QByteArray(date)
              << (random.chance(30) ? csvCell(QByteArray(random.pick(kNote)) + '\n' + random.pick(kNote)) : none)
              << none << QByteArray(random.chance(50) ? "* myContacts ::: Friends" : "* myContacts")
              << QByteArray("* Home")
              << QByteArray(key + "@example.com" + (secondEmail ? " ::: " + key + "@work.example.org" : QByteArray()))
              << none << none << QByteArray("Mobile") << phoneNumber(random, i, false, false) << none << none
              << (address ? QByteArray("Home") : none) << (address ? csvCell(street + '\n' + city) : none)
              << (address ? street : none) << (address ? city : none) << none << none
              << (address ? QByteArray::number(10000 + random.below(89999)) : none)
              << (address ? QByteArray("United Kingdom") : none) << none << none << none
              << (random.chance(20) ? QByteArray("Shoe size") : none) << (random.chance(20) ? QByteArray("42") : none);
        out.append(cells.join(',')).append("\r\n");
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return file.write(out) == out.size();
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// CPU time of this process so far (user and system), in ms: unlike wall time, not inflated by other processes
// sharing the cores.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct ImportTiming {
    double planMs = 0;
    double applyMs = 0;
    double planCpuMs = 0;
    double applyCpuMs = 0;
    ImportResult result;
    bool ok = false;
};

ImportTiming importInto(Database& database, const QString& file)
{
    ImportTiming timing;
    ImportOptions options;
    options.defaultRegion = QStringLiteral("GB");
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    auto plan = ImportPlanner(database, options).plan({file});
    if (!plan) {
        bench::note(plan.error());
        return timing;
    }
    timing.planMs = bench::elapsedMs(timer);
    timing.planCpuMs = cpuMs() - cpu;
    bench::note(
        QStringLiteral("after planning %1: peak RSS %2 MB").arg(file).arg(double(peakRssKb()) / 1024, 0, 'f', 1));
    timer.restart();
    cpu = cpuMs();
    auto result = ImportApplier(database, benchClock()).apply(*plan);
    if (!result) {
        bench::note(result.error());
        return timing;
    }
    timing.applyMs = bench::elapsedMs(timer);
    timing.applyCpuMs = cpuMs() - cpu;
    timing.result = *result;
    timing.ok = true;
    return timing;
}

// What SQLite alone needs for the rows the import wrote: they are copied in SQL from the imported database into
// an empty one of the same schema (every index, the search index), in one transaction with the import's cache
// setting and commit. No file is read, nothing is parsed, no value is bound: a floor under the full import on
// this machine. `WHERE 1` keeps SQLite from copying the pages of a table wholesale (its transfer optimisation),
// so that each row is inserted and indexed as the import inserts it.
// Reports the wall time and the CPU time (which other processes do not inflate).
bool reportSqliteFloor(const QString& importedPath, const QString& emptyPath)
{
    auto opened = Database::open(emptyPath);
    if (!opened) {
        bench::note(opened.error());
        return false;
    }
    const QSqlDatabase db = opened.value()->connection();
    QSqlQuery attach(db);
    if (!attach.exec(QStringLiteral("ATTACH DATABASE '%1' AS imported").arg(importedPath))) {
        bench::note(attach.lastError().text());
        return false;
    }
    // The tables an import of vCards writes, in the order the import fills them.
    const char* const copies[] = {
        "INSERT OR IGNORE INTO tags SELECT * FROM imported.tags WHERE 1",
        "INSERT INTO contacts SELECT * FROM imported.contacts WHERE 1",
        "INSERT INTO contact_fields SELECT * FROM imported.contact_fields WHERE 1",
        "INSERT INTO contact_addresses SELECT * FROM imported.contact_addresses WHERE 1",
        "INSERT INTO contact_tags SELECT * FROM imported.contact_tags WHERE 1",
        "INSERT INTO contacts_fts (rowid, name, organization, emails, phones, tags, notes) SELECT rowid, name, "
        "organization, emails, phones, tags, notes FROM imported.contacts_fts WHERE 1",
        "INSERT INTO import_batches SELECT * FROM imported.import_batches WHERE 1",
        "INSERT INTO import_batch_contacts SELECT * FROM imported.import_batch_contacts WHERE 1",
        "INSERT INTO contact_field_history SELECT * FROM imported.contact_field_history WHERE 1",
    };
    QElapsedTimer total;
    total.start();
    const double cpu = cpuMs();
    {
        BulkWrite bulk(db);
        Transaction transaction(db);
        for (const char* copy : copies) {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(copy))) {
                bench::note(query.lastError().text());
                return false;
            }
            bench::note(
                QStringLiteral("SQLite floor: %3, %1 rows in %2 ms")
                    .arg(query.numRowsAffected())
                    .arg(bench::elapsedMs(timer), 0, 'f', 1)
                    .arg(
                        QString::fromLatin1(copy).section(QStringLiteral("INTO "), 1).section(QLatin1Char(' '), 0, 0)));
        }
        QElapsedTimer timer;
        timer.start();
        if (auto s = transaction.commit(); !s) {
            bench::note(s.error());
            return false;
        }
        bench::note(QStringLiteral("SQLite floor: commit in %1 ms").arg(bench::elapsedMs(timer), 0, 'f', 1));
    }
    bench::report("vcard_full_import_sqlite_floor_ms", bench::elapsedMs(total), "ms");
    bench::report("vcard_full_import_sqlite_floor_cpu_ms", cpuMs() - cpu, "ms");
    return true;
}

// In the child: the full import of the vCard file into an empty database, and its peak memory.
int runChild(const QString& vcf, const QString& dbPath)
{
    auto opened = Database::open(dbPath);
    if (!opened) {
        bench::note(opened.error());
        return 1;
    }
    const qint64 before = peakRssKb();
    const ImportTiming timing = importInto(*opened.value(), vcf);
    if (!timing.ok)
        return 1;
    const double total = timing.planMs + timing.applyMs;
    bench::note(QStringLiteral("full import: plan %1 ms, apply %2 ms; %3 added, %4 merged, %5 skipped, %6 failed")
                    .arg(timing.planMs, 0, 'f', 1)
                    .arg(timing.applyMs, 0, 'f', 1)
                    .arg(timing.result.added)
                    .arg(timing.result.merged)
                    .arg(timing.result.skipped)
                    .arg(timing.result.failed));
    bench::note(QStringLiteral("peak RSS before the import (process start, database open): %1 MB")
                    .arg(double(before) / 1024, 0, 'f', 1));
    bench::report("vcard_full_import_ms", total, "ms");
    bench::report("vcard_full_import_contacts_per_s", timing.result.added * 1000.0 / total, "contacts/s");
    bench::report("vcard_full_import_peak_rss_mb", double(peakRssKb()) / 1024, "MB");
    // The stages: planning (read, map, match) and applying (store, search index, batch), and their CPU time,
    // which the other processes on the machine do not inflate.
    bench::report("vcard_full_import_plan_ms", timing.planMs, "ms");
    bench::report("vcard_full_import_apply_ms", timing.applyMs, "ms");
    bench::report("vcard_full_import_cpu_ms", timing.planCpuMs + timing.applyCpuMs, "ms");
    bench::report("vcard_full_import_plan_cpu_ms", timing.planCpuMs, "ms");
    bench::report("vcard_full_import_apply_cpu_ms", timing.applyCpuMs, "ms");

    // What the window does once it has the result, while nobody waits: copy the import from the
    // write-ahead log into the database file.
    QElapsedTimer timer;
    timer.start();
    if (auto s = opened.value()->checkpoint(); !s) {
        bench::note(s.error());
        return 1;
    }
    bench::report("vcard_full_import_checkpoint_ms", bench::elapsedMs(timer), "ms");

    // The search index's share of the apply: the same fill again, over every contact.
    const QSqlDatabase db = opened.value()->connection();
    timer.restart();
    Transaction transaction(db);
    if (auto s = SearchIndex::rebuild(db); !s || !transaction.commit()) {
        bench::note(QStringLiteral("cannot rebuild the search index"));
        return 1;
    }
    bench::report("vcard_search_index_rebuild_ms", bench::elapsedMs(timer), "ms");

    const QString floorPath = dbPath + QStringLiteral(".floor");
    const bool floorMeasured = reportSqliteFloor(dbPath, floorPath);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(floorPath + suffix);
    return floorMeasured ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--child"))
        return runChild(args[2], args[3]);
    if (args.size() == 3 && args[1] == QLatin1String("--parse")) {
        // For profiling the reader alone.
        QFile file(args[2]);
        file.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        VCardReader reader(&file);
        int cards = 0;
        while (reader.next())
            ++cards;
        bench::report("vcard_parse_contacts_per_s", cards * 1000.0 / bench::elapsedMs(timer), "contacts/s");
        bench::report("vcard_parse_contacts_per_cpu_s", cards * 1000.0 / (cpuMs() - cpu), "contacts/s");
        return 0;
    }

    // KITH_BENCH_DIR keeps the generated files (for profiling); by default they go with a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(qEnvironmentVariableIsSet("KITH_BENCH_DIR") ? qEnvironmentVariable("KITH_BENCH_DIR")
                                                               : temporary.path());
    const QString vcf = dir.filePath(QStringLiteral("contacts.vcf"));
    // A kept folder holds the databases of the last run: the imports start from empty ones.
    for (const QString& name : {QStringLiteral("kith.sqlite"), QStringLiteral("csv.sqlite")}) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dir.filePath(name + suffix));
    }
    const QString csv = dir.filePath(QStringLiteral("google.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!writeVCards(vcf) || !writeGoogleCsv(csv)) {
        bench::note(QStringLiteral("cannot write the generated files"));
        return 1;
    }
    bench::note(QStringLiteral("generated %1 contacts as vCard (%2 MB) and Google CSV (%3 MB) in %4 ms")
                    .arg(Contacts)
                    .arg(double(QFileInfo(vcf).size()) / 1e6, 0, 'f', 1)
                    .arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1)
                    .arg(bench::elapsedMs(timer), 0, 'f', 0));
    bench::report("vcard_file_mb", double(QFileInfo(vcf).size()) / 1e6, "MB");

    // Phone numbers as a real address book holds them: every one its own (no two share all but their last
    // three digits, which the generated file's numbers often do), so each is read on its own.
    {
        QStringList numbers;
        Random random(7);
        for (int i = 0; i < 20'000; ++i) {
            const QString tail = QStringLiteral("%1").arg((qint64(i) * 7'919'000 + random.below(1000)) % 100'000'000, 8,
                                                          10, QLatin1Char('0'));
            switch (i % 4) {
            case 0:
                numbers << QStringLiteral("079") + tail.left(2) + u' ' + tail.mid(2);
                break;
            case 1:
                numbers << QStringLiteral("+49 15") + QString::number(1 + i % 3) + u' ' + tail;
                break;
            case 2:
                numbers
                    << QStringLiteral("+1 (%1) %2-%3").arg(200 + i % 700).arg(200 + (i / 700) % 700).arg(tail.right(4));
                break;
            default:
                numbers << QStringLiteral("+33 6 ") + tail;
            }
        }
        const PhoneNumbers phones(QStringLiteral("GB"));
        timer.restart();
        int valid = 0;
        for (const QString& number : std::as_const(numbers))
            valid += phones.toE164(number).isEmpty() ? 0 : 1;
        bench::report("phone_e164_distinct_numbers_per_s", numbers.size() * 1000.0 / bench::elapsedMs(timer),
                      "numbers/s");
        bench::note(QStringLiteral("%1 of %2 distinct numbers valid").arg(valid).arg(numbers.size()));
    }

    // Parse only: the reader alone, then reader and mapper (what the planner reads), best of a few runs.
    QList<double> readTimes;
    QList<double> mapTimes;
    QList<double> readCpuTimes;
    QList<double> mapCpuTimes;
    for (int run = 0; run < ParseRuns; ++run) {
        QFile file(vcf);
        file.open(QIODevice::ReadOnly);
        timer.restart();
        double cpu = cpuMs();
        VCardReader reader(&file);
        int cards = 0;
        while (reader.next())
            ++cards;
        readTimes << bench::elapsedMs(timer);
        readCpuTimes << cpuMs() - cpu;
        if (cards != Contacts)
            bench::note(QStringLiteral("read %1 cards, expected %2").arg(cards).arg(Contacts));

        timer.restart();
        ImportFileReader records(vcf);
        if (auto s = records.open(ImportPlanner::maxFileBytes()); !s) {
            bench::note(s.error());
            return 1;
        }
        QList<ImportIssue> issues;
        int mapped = 0;
        cpu = cpuMs();
        while (records.next(issues))
            ++mapped;
        mapTimes << bench::elapsedMs(timer);
        mapCpuTimes << cpuMs() - cpu;
        if (mapped != Contacts || !issues.isEmpty())
            bench::note(QStringLiteral("mapped %1 records with %2 issues").arg(mapped).arg(issues.size()));
    }
    bench::report("vcard_parse_contacts_per_s", Contacts * 1000.0 / bench::percentile(readTimes, 0), "contacts/s");
    bench::report("vcard_parse_map_contacts_per_s", Contacts * 1000.0 / bench::percentile(mapTimes, 0), "contacts/s");
    // The same per second of CPU time: what an idle core gives, whatever else runs on the machine.
    bench::report("vcard_parse_contacts_per_cpu_s", Contacts * 1000.0 / bench::percentile(readCpuTimes, 0),
                  "contacts/s");
    bench::report("vcard_parse_map_contacts_per_cpu_s", Contacts * 1000.0 / bench::percentile(mapCpuTimes, 0),
                  "contacts/s");

    // The full import, in a child process so that its peak memory is its own.
    const QString dbPath = dir.filePath(QStringLiteral("kith.sqlite"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), vcf, dbPath});
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        bench::note(QStringLiteral("the full import failed: %1").arg(child.errorString()));
        return 1;
    }
    std::fputs(child.readAllStandardOutput().constData(), stdout);
    std::fflush(stdout);

    // The same file again into the database that holds it: every card matches (merge path).
    {
        auto opened = Database::open(dbPath);
        if (!opened) {
            bench::note(opened.error());
            return 1;
        }
        const ImportTiming again = importInto(*opened.value(), vcf);
        if (!again.ok)
            return 1;
        bench::note(QStringLiteral("same file again: plan %1 ms, apply %2 ms; %3 added, %4 merged, %5 skipped")
                        .arg(again.planMs, 0, 'f', 1)
                        .arg(again.applyMs, 0, 'f', 1)
                        .arg(again.result.added)
                        .arg(again.result.merged)
                        .arg(again.result.skipped));
        bench::report("vcard_reimport_merge_path_ms", again.planMs + again.applyMs, "ms");
        bench::report("vcard_reimport_merge_path_cpu_ms", again.planCpuMs + again.applyCpuMs, "ms");
    }

    // The Google CSV into an empty database.
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("csv.sqlite")));
        if (!opened) {
            bench::note(opened.error());
            return 1;
        }
        const ImportTiming timing = importInto(*opened.value(), csv);
        if (!timing.ok)
            return 1;
        bench::note(QStringLiteral("Google CSV: plan %1 ms, apply %2 ms; %3 added, %4 merged, %5 skipped")
                        .arg(timing.planMs, 0, 'f', 1)
                        .arg(timing.applyMs, 0, 'f', 1)
                        .arg(timing.result.added)
                        .arg(timing.result.merged)
                        .arg(timing.result.skipped));
        bench::report("csv_full_import_ms", timing.planMs + timing.applyMs, "ms");
        bench::report("csv_full_import_contacts_per_s", timing.result.added * 1000.0 / (timing.planMs + timing.applyMs),
                      "contacts/s");
        bench::report("csv_full_import_cpu_ms", timing.planCpuMs + timing.applyCpuMs, "ms");
    }
    return 0;
}
