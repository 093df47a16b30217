#pragma once

#include <QString>

namespace kith {

// Where kith-cli writes: results to stdout, one-line errors and progress to stderr, always UTF-8.
class Console final {
    Q_DISABLE_COPY_MOVE(Console)

public:
    Console() = default;

    void print(const QString& text);
    // "kith-cli: <message>" on one line, whatever the message holds.
    void error(const QString& message);
    // Progress is for people watching: shown only when stderr is a terminal.
    bool showsProgress() const;
    void progress(const QString& text);
    void endProgress();

private:
    bool m_progressShown = false;
};

} // namespace kith
