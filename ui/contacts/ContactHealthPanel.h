#pragma once

#include "health/CircleSuggestion.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;

namespace kith {

class ChartView;
class HealthService;
struct ContactHealthSeries;
struct HealthBreakdown;

// The detail pane's "Relationship health" section: health, strength and status, the breakdown in
// plain words, a chart of this contact's health over the last year with its interactions marked,
// and the circle suggestion for them, if any, with Accept and Ignore.
class ContactHealthPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactHealthPanel)

public:
    explicit ContactHealthPanel(HealthService& health, QWidget* parent = nullptr);

    // 0 clears the panel. Reads the breakdown again even for the same contact.
    void showContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    ChartView* chart() const { return m_chart; }
    QString breakdownText() const;

Q_SIGNALS:
    void suggestionAccepted(const kith::CircleSuggestion& suggestion);
    void suggestionIgnored(const kith::CircleSuggestion& suggestion);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillNumbers(const HealthBreakdown& breakdown);
    void fillChart(const ContactHealthSeries& series);
    void updateSuggestion();

    HealthService& m_health;
    qint64 m_contactId = 0;
    QLabel* m_numbers = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_strength = nullptr;
    ChartView* m_chart = nullptr;
    QFrame* m_suggestionFrame = nullptr;
    QLabel* m_suggestionText = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_ignoreButton = nullptr;
    std::optional<CircleSuggestion> m_suggestion;
};

} // namespace kith
