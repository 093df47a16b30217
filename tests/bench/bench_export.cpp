// bench_export: ContactExporter over the 50,000-contact sample network (seed 1): the whole file as
// vCard 4.0, vCard 3.0 and CSV, read from the store page by page and written through a QSaveFile.
// Prints `BENCH <name> <value> <unit>` on stdout, everything else on stderr. Never asserts a timing.

#include "BenchReport.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "io/ContactExporter.h"
#include "io/csv/CsvWriter.h"
#include "io/vcard/VCardWriter.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kith;

namespace {

constexpr int Contacts = 50'000;
constexpr int Runs = 3;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        bench::note(opened.error());
        return 1;
    }
    Database& database = *opened.value();
    auto stats = SampleNetworkGenerator(database, clock).generate({Contacts, 1});
    if (!stats) {
        bench::note(stats.error());
        return 1;
    }
    bench::note(QStringLiteral("sample network: %1 contacts").arg(stats->contacts));
    ContactStore store(database, clock);
    ContactExporter exporter(store);

    const struct {
        ContactExporter::Format format;
        const char* name;
        const char* rate;
        const char* size;
    } runs[] = {
        {ContactExporter::Format::VCard40, "export_vcard_50k_ms", "export_vcard_contacts_per_s", "export_vcard_50k_mb"},
        {ContactExporter::Format::VCard30, "export_vcard3_50k_ms", "export_vcard3_contacts_per_s",
         "export_vcard3_50k_mb"},
        {ContactExporter::Format::Csv, "export_csv_50k_ms", "export_csv_contacts_per_s", "export_csv_50k_mb"},
    };
    for (const auto& run : runs) {
        const QString path = dir.filePath(QStringLiteral("export.") + ContactExporter::fileSuffix(run.format));
        QList<double> times;
        int written = 0;
        for (int i = 0; i < Runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto result = exporter.exportTo(path, run.format, ContactExporter::Scope::all());
            times << bench::elapsedMs(timer);
            if (!result) {
                bench::note(result.error());
                return 1;
            }
            written = *result;
        }
        const double ms = bench::median(times);
        bench::report(run.name, ms, "ms");
        bench::report(run.rate, written / (ms / 1000.0), "contacts/s");
        bench::report(run.size, QFileInfo(path).size() / (1024.0 * 1024.0), "MB");
    }

    // Where the time goes: the writers alone, over the contacts already in memory, without the store or the disk.
    const auto ids = store.ids(ContactQuery{});
    const auto contacts = ids ? store.getMany(*ids) : Result<QList<Contact>>::failure(ids.error());
    if (!contacts) {
        bench::note(contacts.error());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (const Contact& contact : *contacts)
        bytes += VCardWriter::cardBytes(contact, VCardWriter::Version::V4_0).size();
    bench::report("write_vcard_only_50k_ms", bench::elapsedMs(timer), "ms");
    timer.restart();
    CsvWriter::Layout layout;
    for (const Contact& contact : *contacts)
        layout.include(contact);
    for (const Contact& contact : *contacts)
        bytes += CsvWriter::record(CsvWriter::cells(contact, layout)).size();
    bench::report("write_csv_only_50k_ms", bench::elapsedMs(timer), "ms");
    timer.restart();
    for (qsizetype start = 0; start < ids->size(); start += ContactExporter::pageSize())
        bytes += store.getMany(ids->mid(start, ContactExporter::pageSize()))->size();
    bench::report("read_store_pages_50k_ms", bench::elapsedMs(timer), "ms");
    bench::note(QStringLiteral("%1 bytes").arg(bytes));
    return 0;
}
