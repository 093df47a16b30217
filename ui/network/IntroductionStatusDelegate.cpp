#include "network/IntroductionStatusDelegate.h"

#include "domain/Introduction.h"

#include <QComboBox>

namespace kith {

IntroductionStatusDelegate::IntroductionStatusDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* IntroductionStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                                  const QModelIndex& index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("introductionStatusEditor"));
    for (IntroductionStatus status : allIntroductionStatuses())
        combo->addItem(introductionStatusLabel(status), introductionStatusKey(status));
    // A choice is the whole edit: commit it at once rather than when focus leaves.
    auto* self = const_cast<IntroductionStatusDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void IntroductionStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void IntroductionStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                              const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace kith
