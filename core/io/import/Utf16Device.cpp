#include "io/import/Utf16Device.h"

#include <cstring>

namespace kith {

namespace {
constexpr qint64 kChunkSize = 64 * 1024;
}

Utf16Device::Utf16Device(QIODevice* source, QStringDecoder::Encoding encoding, QObject* parent)
    : QIODevice(parent)
    , m_source(source)
    , m_decoder(encoding)
{
    open(QIODevice::ReadOnly);
}

Utf16Device::~Utf16Device() = default;

qint64 Utf16Device::readData(char* data, qint64 maxSize)
{
    while (m_pending.size() < maxSize && !m_finished) {
        const QByteArray chunk = m_source->read(kChunkSize);
        if (chunk.isEmpty()) {
            m_finished = true;
            m_pending.append(QString(m_decoder(QByteArrayView())).toUtf8());
            break;
        }
        m_pending.append(QString(m_decoder(chunk)).toUtf8());
    }
    const qint64 n = qMin<qint64>(maxSize, m_pending.size());
    if (n == 0)
        return m_finished ? -1 : 0;
    std::memcpy(data, m_pending.constData(), size_t(n));
    m_pending.remove(0, n);
    return n;
}

qint64 Utf16Device::writeData(const char*, qint64)
{
    return -1;
}

} // namespace kith
