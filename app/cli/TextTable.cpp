#include "TextTable.h"

#include <algorithm>

namespace kith {

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers))
    , m_rightAligned(std::move(rightAligned))
{}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

QString TextTable::cell(const QString& text) const
{
    const QString flat = text.simplified();
    if (flat.size() <= m_maxWidth)
        return flat;
    return flat.left(m_maxWidth - 1) + QChar(0x2026);
}

QString TextTable::toString() const
{
    const int columns = int(m_headers.size());
    QList<QStringList> lines;
    lines << m_headers;
    for (const QStringList& row : m_rows) {
        QStringList cut;
        for (int c = 0; c < columns; ++c)
            cut << cell(row.value(c));
        lines << cut;
    }
    QList<int> widths(columns, 0);
    for (const QStringList& line : lines) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], int(line[c].size()));
    }
    QString text;
    for (const QStringList& line : lines) {
        QString out;
        for (int c = 0; c < columns; ++c) {
            const bool last = c == columns - 1;
            if (c > 0)
                out += QStringLiteral("  ");
            if (m_rightAligned.value(c, false))
                out += line[c].rightJustified(widths[c]);
            else
                out += last ? line[c] : line[c].leftJustified(widths[c]);
        }
        // A trailing empty cell would leave spaces at the end of the line.
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        text += out + QLatin1Char('\n');
    }
    return text;
}

} // namespace kith
