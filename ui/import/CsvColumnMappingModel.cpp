#include "import/CsvColumnMappingModel.h"

#include <QColor>

namespace kith {

namespace {

constexpr int MaxExamples = 3;

} // namespace

CsvColumnMappingModel::CsvColumnMappingModel(const QStringList& header, const QList<QStringList>& rows,
                                             CsvColumnMapping mapping, QObject* parent)
    : QAbstractTableModel(parent)
    , m_header(header)
    , m_mapping(std::move(mapping))
{
    m_mapping.columns.resize(m_header.size(), CsvColumnMapping::Target::Ignore);
    m_examples.reserve(m_header.size());
    for (int column = 0; column < m_header.size(); ++column) {
        QStringList values;
        for (const QStringList& row : rows) {
            const QString cell = row.value(column).simplified();
            if (!cell.isEmpty() && !values.contains(cell))
                values << cell;
            if (values.size() == MaxExamples)
                break;
        }
        m_examples << values.join(QStringLiteral(" · "));
    }
}

int CsvColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int CsvColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CsvColumnMapping::Target target = m_mapping.columns.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Header:
            return m_header.at(row).isEmpty() ? tr("(column %1, no name)").arg(row + 1) : m_header.at(row);
        case Examples:
            return m_examples.at(row).isEmpty() && role == Qt::DisplayRole ? tr("(empty)") : m_examples.at(row);
        case Target:
            return CsvColumnMapping::targetLabel(target);
        }
        break;
    case Qt::EditRole:
        if (index.column() == Target)
            return int(target);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Examples && m_examples.at(row).isEmpty())
            return QColor(0x90, 0x90, 0x90);
        if (target == CsvColumnMapping::Target::Ignore)
            return QColor(0x90, 0x90, 0x90);
        break;
    case TargetRole:
        return int(target);
    }
    return {};
}

bool CsvColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Target || (role != Qt::EditRole && role != TargetRole))
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || !CsvColumnMapping::allTargets().contains(CsvColumnMapping::Target(raw)))
        return false;
    const auto target = CsvColumnMapping::Target(raw);
    if (m_mapping.columns.at(index.row()) == target)
        return true;
    m_mapping.columns[index.row()] = target;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

void CsvColumnMappingModel::setMapping(const CsvColumnMapping& mapping)
{
    m_mapping = mapping;
    m_mapping.columns.resize(m_header.size(), CsvColumnMapping::Target::Ignore);
    if (!m_header.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_header.size()) - 1, ColumnCount - 1));
    Q_EMIT mappingChanged();
}

QVariant CsvColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Header:
        return tr("Column in the file");
    case Examples:
        return tr("Examples");
    case Target:
        return tr("Goes to");
    }
    return {};
}

Qt::ItemFlags CsvColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Target)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace kith
