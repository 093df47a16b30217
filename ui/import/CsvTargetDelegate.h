#pragma once

#include <QStyledItemDelegate>

namespace kith {

// Edits the mapping page's "Goes to" column with a combo box of every Kith field a CSV column can fill.
class CsvTargetDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvTargetDelegate)

public:
    explicit CsvTargetDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace kith
