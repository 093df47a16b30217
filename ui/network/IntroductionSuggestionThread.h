#pragma once

#include "network/IntroductionSuggester.h"

#include <QThread>

namespace kith {

class Clock;

// Computes introduction suggestions off the GUI thread, once per start: a large network has tens of
// thousands of candidate pairs. Opens its own connection to the file (a connection belongs to the thread
// that opened it).
class IntroductionSuggestionThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionSuggestionThread)

public:
    IntroductionSuggestionThread(const QString& databasePath, const Clock& clock,
                                 const IntroductionSuggester::Options& options, QObject* parent = nullptr);

    // Read once finished() arrived.
    const QList<IntroductionSuggestion>& suggestions() const { return m_suggestions; }
    QString error() const { return m_error; }

protected:
    void run() override;

private:
    const QString m_path;
    const Clock& m_clock;
    const IntroductionSuggester::Options m_options;
    QList<IntroductionSuggestion> m_suggestions;
    QString m_error;
};

} // namespace kith
