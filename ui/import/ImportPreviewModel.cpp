#include "import/ImportPreviewModel.h"

#include <QApplication>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace kith {

namespace {

QString joinValues(const QList<LabeledValue>& values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (const LabeledValue& value : values)
        texts << value.value;
    return texts.join(QStringLiteral(", "));
}

} // namespace

ImportPreviewModel::ImportPreviewModel(ImportPlan plan, QObject* parent)
    : QAbstractTableModel(parent)
    , m_plan(std::move(plan))
{}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::actionText(ImportAction action)
{
    switch (action) {
    case ImportAction::Add:
        return tr("Add as new");
    case ImportAction::Merge:
        return tr("Merge");
    case ImportAction::Skip:
        return tr("Skip");
    }
    return {};
}

bool ImportPreviewModel::canMerge(const PlannedImport& planned)
{
    // A duplicate merges into the contact its earlier record adds or merges into.
    return planned.existingId > 0 || planned.duplicateOf >= 0;
}

QString ImportPreviewModel::matchText(const PlannedImport& planned) const
{
    if (planned.duplicateOf >= 0 && planned.duplicateOf < m_plan.records.size()) {
        const ImportRecord& first = m_plan.records.at(planned.duplicateOf).record;
        return tr("Same person as %1").arg(sourceText(first));
    }
    if (planned.existingId <= 0)
        return {};
    if (planned.matchReason.isEmpty())
        return planned.existingName;
    return tr("%1 (%2)").arg(planned.existingName, planned.matchReason);
}

QString ImportPreviewModel::conflictText(const PlannedImport& planned) const
{
    QStringList lines;
    lines.reserve(planned.conflicts.size());
    for (const FieldConflict& conflict : planned.conflicts)
        lines << tr("%1: keeps “%2”, file has “%3”").arg(conflict.field, conflict.existing, conflict.incoming);
    return lines.join(QLatin1Char('\n'));
}

QString ImportPreviewModel::sourceText(const ImportRecord& record) const
{
    // With one file, the line says it all (the tooltip names the file).
    if (m_plan.files.size() == 1 && record.line > 0)
        return tr("line %1").arg(record.line);
    const QString name = QFileInfo(record.file).fileName();
    return record.line > 0 ? tr("%1, line %2").arg(name).arg(record.line) : name;
}

QVariant ImportPreviewModel::displayValue(const PlannedImport& planned, int column) const
{
    const Contact& contact = planned.record.contact;
    switch (column) {
    case Action:
        return actionText(planned.action);
    case Name: {
        const QString name = contact.effectiveName();
        return name.isEmpty() ? tr("(no name)") : name;
    }
    case Emails:
        return joinValues(contact.emails);
    case Phones:
        return joinValues(contact.phones);
    case Match:
        return matchText(planned);
    case Conflicts: {
        // One line per conflict in the tooltip; the cell shows them side by side.
        QStringList parts;
        for (const FieldConflict& conflict : planned.conflicts)
            parts << tr("%1: %2 → %3").arg(conflict.field, conflict.existing, conflict.incoming);
        return parts.join(QStringLiteral("; "));
    }
    case Source:
        return sourceText(planned.record);
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedImport& planned = m_plan.records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(planned, index.column());
    case Qt::EditRole:
        if (index.column() == Action)
            return int(planned.action);
        return displayValue(planned, index.column());
    case RawValueRole:
        switch (index.column()) {
        case Action:
            return int(planned.action);
        case Source:
            return QString(planned.record.file + QLatin1Char(':') +
                           QString::number(planned.record.line).rightJustified(10, QLatin1Char('0')));
        default:
            return displayValue(planned, index.column());
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Action:
            if (planned.action != planned.proposed)
                return tr("You changed this from “%1”.").arg(actionText(planned.proposed));
            if (canMerge(planned))
                return tr("Merging adds the file's emails, phones and addresses to %1 and keeps %1's other "
                          "values where they differ.")
                    .arg(planned.existingName);
            return {};
        case Name:
            if (!planned.record.warnings.isEmpty())
                return planned.record.warnings.join(QLatin1Char('\n'));
            return {};
        case Conflicts:
            return conflictText(planned);
        case Source:
            return QString(planned.record.file + QStringLiteral(", line ") + QString::number(planned.record.line));
        default: {
            const QString text = displayValue(planned, index.column()).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        }
    case Qt::DecorationRole:
        if (index.column() == Name && !planned.record.warnings.isEmpty())
            return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return {};
    case Qt::ForegroundRole:
        if (planned.action == ImportAction::Skip)
            return QColor(0x80, 0x80, 0x80);
        if (index.column() == Action && planned.action == ImportAction::Merge)
            return QColor(0x1f, 0x5f, 0xa8);
        if (index.column() == Conflicts)
            return QColor(0x9a, 0x5b, 0x00);
        return {};
    case Qt::FontRole:
        if (index.column() == Action && planned.action != planned.proposed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ActionRole:
        return int(planned.action);
    case ProposedActionRole:
        return int(planned.proposed);
    case CanMergeRole:
        return canMerge(planned);
    case DuplicateRole:
        return planned.duplicateOf >= 0;
    case ConflictRole:
        return !planned.conflicts.isEmpty();
    case WarningRole:
        return !planned.record.warnings.isEmpty();
    }
    return {};
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Action || (role != Qt::EditRole && role != ActionRole))
        return false;
    bool ok = false;
    const int action = value.toInt(&ok);
    if (!ok || action < int(ImportAction::Add) || action > int(ImportAction::Skip))
        return false;
    return setAction({index.row()}, ImportAction(action)) > 0 ||
           m_plan.records.at(index.row()).action == ImportAction(action);
}

int ImportPreviewModel::setAction(const QList<int>& rows, ImportAction action)
{
    int changed = 0;
    for (int row : rows) {
        if (row < 0 || row >= m_plan.records.size())
            continue;
        PlannedImport& planned = m_plan.records[row];
        if (planned.action == action || (action == ImportAction::Merge && !canMerge(planned)))
            continue;
        planned.action = action;
        ++changed;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (changed > 0)
        Q_EMIT countsChanged();
    return changed;
}

int ImportPreviewModel::count(ImportAction action) const
{
    return m_plan.count(action);
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Action:
            return tr("Action");
        case Name:
            return tr("Name");
        case Emails:
            return tr("Emails");
        case Phones:
            return tr("Phones");
        case Match:
            return tr("Matches");
        case Conflicts:
            return tr("Differing values (kept → in file)");
        case Source:
            return tr("From");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Action:
            return tr("What the import does with the record; double-click to change it");
        case Match:
            return tr("The contact already in Kith that this record is the same person as, and why");
        case Conflicts:
            return tr("Where a merge keeps the existing value; the file's value is kept in the contact's history");
        case Source:
            return tr("The file and line the record comes from");
        }
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Action)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace kith
