#pragma once

#include "network/NetworkGraphData.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;

namespace kith {

class CircleStore;
class Clock;
class Database;
class HealthService;
class NetworkGraphThread;
class NetworkGraphView;
class TagStore;

// The Network tab: the graph of you, your contacts and their links (NetworkGraphView), with a bar to colour
// it by circle or health and to show one circle, tag or topic, at most so many of the strongest ties. The
// picture is worked out in a worker thread on its own connection (NetworkGraphThread) while a busy bar runs;
// a result for a filter that has changed since is dropped. It follows changes while it is shown, and catches
// up when it is shown again.
class NetworkGraphPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkGraphPage)

public:
    // `database` (the window's connection, for the filter lists) and the stores must outlive the page.
    NetworkGraphPage(Database& database, const Clock& clock, HealthService& health, TagStore& tags,
                     CircleStore& circles, QWidget* parent = nullptr);
    ~NetworkGraphPage() override;

    NetworkGraphView* view() const { return m_view; }
    NetworkGraphFilter filter() const;
    // A picture is being worked out, or about to be (a change is waiting for more keystrokes).
    bool isBusy() const;
    // 0 when none.
    qint64 currentContactId() const;

public Q_SLOTS:
    // Something the picture shows may have changed (contacts, links, circles, tags, topics): read it again,
    // now if shown, else when next shown.
    void invalidate();

Q_SIGNALS:
    void currentContactChanged(qint64 contactId);
    void contactActivated(qint64 contactId);
    // A new picture is on screen.
    void graphShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createFilterBar();
    void fillCircles();
    void fillTags();
    void fillTopics();
    void request();
    void onComputed();
    void updateLegend();
    void updateStatus();

    Database& m_database;
    const Clock& m_clock;
    HealthService& m_health;
    TagStore& m_tags;
    CircleStore& m_circles;
    NetworkGraphThread* m_thread = nullptr;
    NetworkGraphView* m_view = nullptr;
    QComboBox* m_colorCombo = nullptr;
    QComboBox* m_circleCombo = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QLineEdit* m_topicField = nullptr;
    QComboBox* m_limitCombo = nullptr;
    QToolButton* m_fitButton = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QAction* m_busyAction = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_delay = nullptr;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_stale = true; // the picture may not show the data any more
    QString m_error;
};

} // namespace kith
