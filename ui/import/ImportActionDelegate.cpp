#include "import/ImportActionDelegate.h"

#include "import/ImportPreviewModel.h"

#include <QComboBox>

namespace kith {

ImportActionDelegate::ImportActionDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* ImportActionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                            const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("importActionEditor"));
    combo->addItem(ImportPreviewModel::actionText(ImportAction::Add), int(ImportAction::Add));
    if (index.data(ImportPreviewModel::CanMergeRole).toBool())
        combo->addItem(ImportPreviewModel::actionText(ImportAction::Merge), int(ImportAction::Merge));
    combo->addItem(ImportPreviewModel::actionText(ImportAction::Skip), int(ImportAction::Skip));
    // The choice takes effect at once, without leaving the cell first.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ImportActionDelegate*>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ImportActionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(ImportPreviewModel::ActionRole).toInt());
    combo->setCurrentIndex(qMax(0, at));
}

void ImportActionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace kith
