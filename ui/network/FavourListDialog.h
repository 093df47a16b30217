#pragma once

#include "domain/Favour.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace kith {

class FavourListModel;
class FavourStore;

// "Favours with Ada": the balance and every favour between you, newest first, with Log Favour…, Edit… and Delete
// (the window does them, undoably). Follows the store.
class FavourListDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavourListDialog)

public:
    FavourListDialog(FavourStore& favours, qint64 contactId, const QString& name, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void logFavourRequested(qint64 contactId);
    void deleteRequested(const kith::Favour& favour);
    void editRequested(const kith::Favour& favour);

private:
    void refresh();

    FavourStore& m_favours;
    qint64 m_contactId = 0;
    QString m_name;
    FavourListModel* m_model = nullptr;
    QLabel* m_balance = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_editButton = nullptr;
};

} // namespace kith
