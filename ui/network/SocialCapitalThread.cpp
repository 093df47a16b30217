#include "network/SocialCapitalThread.h"

#include "network/SocialCapitalCalculator.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace kith {

SocialCapitalThread::SocialCapitalThread(const QString& databasePath, const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_clock(clock)
{}

SocialCapitalThread::~SocialCapitalThread()
{
    stop();
    wait();
}

void SocialCapitalThread::post(const Request& request)
{
    QMutexLocker lock(&m_mutex);
    m_next = request;
    m_wake.wakeAll();
}

void SocialCapitalThread::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeAll();
}

std::shared_ptr<const SocialCapitalThread::Outcome> SocialCapitalThread::outcome() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcome;
}

void SocialCapitalThread::run()
{
    std::unique_ptr<Database> database;
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && !m_next)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            request = std::move(*m_next);
            m_next.reset();
        }
        QElapsedTimer timer;
        timer.start();
        auto outcome = std::make_shared<Outcome>();
        if (!database) {
            auto opened = Database::open(m_path);
            if (opened)
                database = std::move(opened).value();
            else
                outcome->error = opened.error();
        }
        if (database) {
            auto capital = SocialCapitalCalculator(*database, m_clock).compute(request.strengths);
            if (capital)
                outcome->capital = std::move(capital).value();
            else
                outcome->error = capital.error();
        }
        outcome->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        {
            QMutexLocker lock(&m_mutex);
            m_outcome = outcome;
        }
        Q_EMIT computed();
    }
    // The connection is closed on the thread that opened it.
    database.reset();
}

} // namespace kith
