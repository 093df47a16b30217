#pragma once

#include "io/import/CsvColumnMapping.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace kith {

// The mapping page's list: one row per column of a generic CSV file, with its header, a few example
// values from the first rows and the Kith field it goes to (editable).
class CsvColumnMappingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvColumnMappingModel)

public:
    enum Column { Header, Examples, Target, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TargetRole = Qt::UserRole + 1, // int(CsvColumnMapping::Target) of the row
    };

    CsvColumnMappingModel(const QStringList& header, const QList<QStringList>& rows, CsvColumnMapping mapping,
                          QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const CsvColumnMapping& mapping() const { return m_mapping; }
    void setMapping(const CsvColumnMapping& mapping);

Q_SIGNALS:
    void mappingChanged();

private:
    QStringList m_header;
    QStringList m_examples;
    CsvColumnMapping m_mapping;
};

} // namespace kith
