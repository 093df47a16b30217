#pragma once

#include <QStyledItemDelegate>

namespace kith {

// Edits the preview's action column with a combo box: "Add as new", "Merge" (only where there is a
// contact to merge into) and "Skip".
class ImportActionDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportActionDelegate)

public:
    explicit ImportActionDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace kith
