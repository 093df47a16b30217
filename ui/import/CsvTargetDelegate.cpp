#include "import/CsvTargetDelegate.h"

#include "import/CsvColumnMappingModel.h"
#include "io/import/CsvColumnMapping.h"

#include <QComboBox>

namespace kith {

CsvTargetDelegate::CsvTargetDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* CsvTargetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                         const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("csvTargetEditor_%1").arg(index.row()));
    const QList<CsvColumnMapping::Target> targets = CsvColumnMapping::allTargets();
    for (CsvColumnMapping::Target target : targets) {
        combo->addItem(CsvColumnMapping::targetLabel(target), int(target));
        // "Ignore" and "Keep" are not fields: a line under them sets them apart.
        if (target == CsvColumnMapping::Target::Keep)
            combo->insertSeparator(combo->count());
    }
    combo->setMaxVisibleItems(int(targets.size()) + 1);
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<CsvTargetDelegate*>(this)->commitData(combo); });
    return combo;
}

void CsvTargetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(CsvColumnMappingModel::TargetRole).toInt());
    if (at >= 0 && at != combo->currentIndex())
        combo->setCurrentIndex(at);
}

void CsvTargetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace kith
