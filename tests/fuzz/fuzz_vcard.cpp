// libFuzzer target: any bytes through VCardReader and VCardMapper, and every contact read through
// VCardWriter (4.0 and 3.0) and back: what Kith writes must read back as one clean card.
#include "io/vcard/VCardMapper.h"
#include "io/vcard/VCardReader.h"
#include "io/vcard/VCardWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace kith;

namespace {

void checkWrittenCard(const Contact& contact, VCardWriter::Version version)
{
    QBuffer out;
    out.setData(VCardWriter::cardBytes(contact, version));
    out.open(QIODevice::ReadOnly);
    VCardReader reader(&out);
    int cards = 0;
    while (auto card = reader.next())
        ++cards;
    if (cards != 1 || !reader.errors().isEmpty())
        std::abort(); // the writer made a file its own reader cannot take
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    const VCardMapper mapper(64 * 1024);
    int cards = 0;
    while (auto card = reader.next()) {
        const MappedVCard mapped = mapper.map(*card);
        if (++cards <= 4) {
            checkWrittenCard(mapped.contact, VCardWriter::Version::V4_0);
            checkWrittenCard(mapped.contact, VCardWriter::Version::V3_0);
        }
    }
    return 0;
}
