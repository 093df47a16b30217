#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kith {

class FavourStore;

// Beside a contact's health: the favours between you ("You've done 3 favours for Ada; Ada has done 1 for you")
// with Log Favour… and the list of favours. Follows the store.
class FavourBalancePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavourBalancePanel)

public:
    explicit FavourBalancePanel(FavourStore& favours, QWidget* parent = nullptr);

    // `name` is how the sentence calls them (their given name, say).
    void showContact(qint64 contactId, const QString& name);
    QString text() const;

Q_SIGNALS:
    void logFavourRequested(qint64 contactId);
    void favoursRequested(qint64 contactId);

private:
    void refresh();

    FavourStore& m_favours;
    qint64 m_contactId = 0;
    QString m_name;
    QLabel* m_label = nullptr;
    QPushButton* m_logButton = nullptr;
    QPushButton* m_listButton = nullptr;
};

} // namespace kith
