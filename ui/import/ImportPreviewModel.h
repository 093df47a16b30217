#pragma once

#include "io/import/ImportPlan.h"

#include <QAbstractTableModel>

namespace kith {

// The records of an import plan as the preview shows them: one row per record, with what will be done
// with it. The action column is editable (Add as new, Merge, Skip); every change is kept in the plan,
// which is what gets applied.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column { Action, Name, Emails, Phones, Match, Source, Conflicts, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the text, for sorting
        ActionRole,                      // int(ImportAction) in effect
        ProposedActionRole,              // int(ImportAction) the planner proposed
        CanMergeRole,                    // bool: there is an existing contact to merge into
        DuplicateRole,                   // bool: the same person appears earlier in the files
        ConflictRole,                    // bool: a merge would keep an existing value over the file's
        WarningRole,                     // bool: the record has warnings
    };

    explicit ImportPreviewModel(ImportPlan plan, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const ImportPlan& plan() const { return m_plan; }
    // Sets the action of these rows where it is allowed (Merge only where there is a contact to merge
    // into); returns how many changed.
    int setAction(const QList<int>& rows, ImportAction action);
    int count(ImportAction action) const;

    // "Add as new", "Merge", "Skip".
    static QString actionText(ImportAction action);
    static bool canMerge(const PlannedImport& planned);

Q_SIGNALS:
    // The number of records per action changed.
    void countsChanged();

private:
    QVariant displayValue(const PlannedImport& planned, int column) const;
    QString matchText(const PlannedImport& planned) const;
    QString conflictText(const PlannedImport& planned) const;
    QString sourceText(const ImportRecord& record) const;

    ImportPlan m_plan;
};

} // namespace kith
