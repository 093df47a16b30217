#pragma once

#include "io/import/ImportIssue.h"
#include "io/import/ImportRecord.h"

#include <QList>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace kith {

class ImportFileReader;
class PhoneNumbers;

// Reads an opened ImportFileReader on a thread of its own, a few hundred records ahead of the planner, and
// reads each record's phone numbers into E.164 there too: reading, mapping and phone numbers are about two
// thirds of a plan's time, and this way they run on one core while the planner matches on the other. What
// next() hands out, and in which order, is what the reader's own next() would have given.
class ImportReadAhead final {
    Q_DISABLE_COPY_MOVE(ImportReadAhead)

public:
    // `reader` and `phones` must outlive this object; nothing else may use `reader` meanwhile.
    ImportReadAhead(ImportFileReader& reader, const PhoneNumbers& phones);
    // Stops the reading thread (the rest of the file is not read) and waits for it.
    ~ImportReadAhead();

    // The next record, or std::nullopt at the end; the issues the reader reported before it go to `issues`.
    // `phoneKeys`: the E.164 form of each of its phone numbers that has one, in order.
    std::optional<ImportRecord> next(QList<ImportIssue>& issues, QStringList& phoneKeys);
    // Bytes of the file read when the record next() gave last was read.
    qint64 position() const { return m_position; }

private:
    struct Item {
        std::optional<ImportRecord> record;
        QStringList phoneKeys;
        QList<ImportIssue> issues;
        qint64 position = 0;
    };
    using Batch = std::deque<Item>;

    void read();

    ImportFileReader& m_reader;
    const PhoneNumbers& m_phones;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; // guarded by m_mutex
    bool m_stop = false;       // guarded by m_mutex
    Batch m_current;           // the consumer's
    bool m_ended = false;      // the consumer's: the end was handed out
    qint64 m_position = 0;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace kith
