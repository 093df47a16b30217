#pragma once

#include <QTableView>

namespace kith {

// A read-only table of records, one per row (contacts, due items): whole-row selection, no grid,
// alternating rows, and fixed row heights so that the view never measures rows, which keeps
// tables of tens of thousands of rows fast.
class RecordTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableView)

public:
    RecordTableView(QAbstractItemView::SelectionMode selectionMode, QWidget* parent = nullptr);
};

} // namespace kith
