#include "io/import/ImportReadAhead.h"

#include "io/import/ImportFileReader.h"
#include "phone/PhoneNumbers.h"

namespace kith {

namespace {

constexpr size_t kBatchRecords = 128;
constexpr size_t kBatchesAhead = 4;

} // namespace

ImportReadAhead::ImportReadAhead(ImportFileReader& reader, const PhoneNumbers& phones)
    : m_reader(reader)
    , m_phones(phones)
    , m_thread([this] { read(); })
{}

ImportReadAhead::~ImportReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ImportReadAhead::read()
{
    bool end = false;
    while (!end) {
        Batch batch;
        while (!end && batch.size() < kBatchRecords) {
            Item item;
            item.record = m_reader.next(item.issues);
            item.position = m_reader.position();
            if (item.record) {
                for (const LabeledValue& phone : std::as_const(item.record->contact.phones)) {
                    if (QString e164 = m_phones.toE164(phone.value); !e164.isEmpty())
                        item.phoneKeys.append(std::move(e164));
                }
            } else {
                end = true;
            }
            batch.push_back(std::move(item));
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
}

std::optional<ImportRecord> ImportReadAhead::next(QList<ImportIssue>& issues, QStringList& phoneKeys)
{
    phoneKeys.clear();
    if (m_ended)
        return std::nullopt;
    if (m_current.empty()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
    }
    Item item = std::move(m_current.front());
    m_current.pop_front();
    issues.append(item.issues);
    m_position = item.position;
    phoneKeys = std::move(item.phoneKeys);
    m_ended = !item.record;
    return std::move(item.record);
}

} // namespace kith
