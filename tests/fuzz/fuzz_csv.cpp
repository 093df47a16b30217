// libFuzzer target: any bytes through CsvReader, CsvProfileDetector and CsvMapper.
#include "io/csv/CsvMapper.h"
#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"

#include <QBuffer>

#include <cstdint>

using namespace kith;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const CsvMapper mapper(CsvProfileDetector::detect(reader.header()));
    while (auto row = reader.next())
        (void)mapper.map(*row);
    (void)reader.encoding();
    (void)reader.separator();
    return 0;
}
