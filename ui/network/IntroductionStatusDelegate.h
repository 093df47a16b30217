#pragma once

#include <QStyledItemDelegate>

namespace kith {

// Edits an introduction's status with a combo box of the four statuses (asked, made, accepted, declined); the
// model's EditRole is the status key.
class IntroductionStatusDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionStatusDelegate)

public:
    explicit IntroductionStatusDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace kith
