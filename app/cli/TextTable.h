#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kith {

// A plain-text table with aligned columns, for people reading a terminal.
class TextTable final {
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {});

    void addRow(QStringList cells);
    // Long cells are cut with an ellipsis so that one wide value does not push every row apart.
    void setMaxColumnWidth(int width) { m_maxWidth = width; }
    QString toString() const;

private:
    QString cell(const QString& text) const;

    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
    int m_maxWidth = 40;
};

} // namespace kith
