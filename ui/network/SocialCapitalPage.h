#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTimer;

namespace kith {

class Clock;
class Database;
class HealthService;
class SocialCapitalThread;
struct SocialCapital;

// Network > Social Capital: how much the network can do for you, from the links between your contacts. Network
// size per circle, the clusters (with their best-connected members and what binds them), the bridges, the weak
// ties that span clusters and your own brokerage, each with one sentence on what it means and one on what to
// do. Computed in a worker thread on its own connection (SocialCapitalThread), with the tie strengths of the
// health worker's last snapshot; a moment after the last of a burst of changes, and only while shown. A contact's
// name opens that contact.
class SocialCapitalPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocialCapitalPage)

public:
    // `database` and `health` must outlive the page; the worker opens its own connection to the same file.
    SocialCapitalPage(Database& database, const Clock& clock, HealthService& health, QWidget* parent = nullptr);
    ~SocialCapitalPage() override;

    bool isBusy() const { return m_busy; }
    // Null until the first computation succeeded.
    const SocialCapital* capital() const { return m_capital.get(); }

public Q_SLOTS:
    // Contacts, their circles or links changed: compute again shortly (now, if shown; else when next shown).
    void invalidate();

Q_SIGNALS:
    void contactActivated(qint64 contactId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Section {
        QLabel* meaning = nullptr;
        QLabel* advice = nullptr;
        QLabel* body = nullptr;
    };

    Section addSection(QWidget* parent, const QString& title, const QString& name);
    void compute();
    void onComputed();
    void fill();
    void setBusy(bool busy);
    void openLink(const QString& link);

    HealthService& m_health;
    SocialCapitalThread* m_thread = nullptr;
    QTimer* m_delay = nullptr;
    bool m_busy = false;
    bool m_pending = false; // a change arrived while computing
    bool m_stale = true;    // the result does not reflect the data
    std::unique_ptr<SocialCapital> m_capital;

    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_busyLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_report = nullptr;
    QWidget* m_empty = nullptr;
    Section m_brokerage;
    Section m_circles;
    Section m_clusters;
    Section m_bridges;
    Section m_weakTies;
};

} // namespace kith
