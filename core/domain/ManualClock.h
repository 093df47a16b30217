#pragma once

#include "domain/Clock.h"

namespace kith {

// A clock that only moves when told to: for tests and for `kith-cli --at`.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace kith
