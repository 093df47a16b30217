#include "main/SampleNetworkThread.h"

#include "storage/Database.h"

namespace kith {

SampleNetworkThread::SampleNetworkThread(const QString& databasePath, const SampleNetworkOptions& options,
                                         const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_options(options)
    , m_clock(clock)
{}

void SampleNetworkThread::run()
{
    auto database = Database::open(m_path);
    if (!database) {
        m_error = database.error();
        return;
    }
    SampleNetworkGenerator generator(*database.value(), m_clock);
    auto result = generator.generate(m_options, [this](int done, int total) {
        Q_EMIT progressChanged(done, total);
        return !m_cancelled.load();
    });
    if (result) {
        m_succeeded = true;
        m_stats = *result;
    } else {
        m_error = result.error();
    }
}

} // namespace kith
