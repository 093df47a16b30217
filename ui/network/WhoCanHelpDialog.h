#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kith {

class Clock;
class Database;
class Settings;
class WhoCanHelpModel;

// Network > Who Can Help…: one search, as you type, over what people can help with, their other topics, their
// work, the notes on them and your interactions (core's WhoCanHelp), best first. Each result says why it matched
// (the words highlighted), how you know them and how strong the tie is; Enter or a double click opens the
// contact in the main window. The last search is remembered.
class WhoCanHelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoCanHelpDialog)

public:
    WhoCanHelpDialog(Database& database, const Clock& clock, Settings& settings, QWidget* parent = nullptr);

    // Searches for `text` at once, as if typed.
    void search(const QString& text);
    QString query() const;
    WhoCanHelpModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void contactActivated(qint64 contactId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void activate(const QModelIndex& index);
    void updateDetail();

    Database& m_database;
    const Clock& m_clock;
    Settings& m_settings;
    QLineEdit* m_searchEdit = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTableView* m_table = nullptr;
    WhoCanHelpModel* m_model = nullptr;
    QLabel* m_detail = nullptr;
    QString m_lastSearched;
};

} // namespace kith
