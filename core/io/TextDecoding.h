#pragma once

#include <QByteArrayView>
#include <QString>

// Turning the bytes of contact files into text the way real exports need it: shared by the vCard
// and CSV readers.
namespace kith::text {

bool isAscii(QByteArrayView bytes);
// Windows-1252, which is what most undeclared 8-bit exports are (Latin-1 plus curly quotes, the euro).
QString fromWindows1252(QByteArrayView bytes);
// UTF-8 when the bytes are valid UTF-8, else Windows-1252: never replacement characters.
QString fromUtf8OrWindows1252(QByteArrayView bytes);

} // namespace kith::text
