#include "network/IntroductionSuggestionThread.h"

#include "storage/Database.h"

namespace kith {

IntroductionSuggestionThread::IntroductionSuggestionThread(const QString& databasePath, const Clock& clock,
                                                           const IntroductionSuggester::Options& options,
                                                           QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_clock(clock)
    , m_options(options)
{}

void IntroductionSuggestionThread::run()
{
    auto database = Database::open(m_path);
    if (!database) {
        m_error = database.error();
        return;
    }
    auto found = IntroductionSuggester(*database.value(), m_clock).suggest(m_options);
    if (found)
        m_suggestions = *found;
    else
        m_error = found.error();
}

} // namespace kith
