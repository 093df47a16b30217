#include "import/ImportBatchModel.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace kith {

ImportBatchModel::ImportBatchModel(ImportBatchStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &ImportBatchStore::batchesChanged, this, &ImportBatchModel::refresh);
    refresh();
}

void ImportBatchModel::refresh()
{
    auto batches = m_store.batches();
    beginResetModel();
    if (batches) {
        m_batches = *batches;
        m_error.clear();
    } else {
        m_batches.clear();
        m_error = batches.error();
    }
    endResetModel();
}

int ImportBatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ImportBatchModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

QVariant ImportBatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch& batch = m_batches.at(index.row());
    const bool undone = batch.undoneAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(batch.at.toLocalTime(), QLocale::ShortFormat);
        case Files: {
            QStringList names;
            for (const QString& file : batch.files)
                names << QFileInfo(file).fileName();
            return names.join(QStringLiteral(", "));
        }
        case Added:
            return QLocale().toString(batch.added);
        case Merged:
            return QLocale().toString(batch.merged);
        case Skipped:
            return QLocale().toString(batch.skipped);
        case Failed:
            return QLocale().toString(batch.failed);
        case State:
            return undone ? tr("Undone %1").arg(QLocale().toString(batch.undoneAt.toLocalTime(), QLocale::ShortFormat))
                          : tr("Imported");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Files)
            return QDir::toNativeSeparators(batch.files.join(QLatin1Char('\n')));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Added && index.column() <= Failed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (undone)
            return QColor(0x80, 0x80, 0x80);
        break;
    case RawValueRole:
        switch (index.column()) {
        case When:
            return batch.at;
        case Files:
            return batch.files.join(QLatin1Char('\n'));
        case State:
            return batch.undoneAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case BatchIdRole:
        return batch.id;
    case UndoneRole:
        return undone;
    }
    return {};
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Imported on");
    case Files:
        return tr("Files");
    case Added:
        return tr("Added");
    case Merged:
        return tr("Merged");
    case Skipped:
        return tr("Skipped");
    case Failed:
        return tr("Failed");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace kith
