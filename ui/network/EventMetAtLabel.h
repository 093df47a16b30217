#pragma once

#include <QLabel>

namespace kith {

class EventStore;

// "Met at RustConf (12 November 2026)" on a contact: the events where you met them, each a link to its page.
// Hidden when there are none. Follows the store.
class EventMetAtLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventMetAtLabel)

public:
    explicit EventMetAtLabel(EventStore& events, QWidget* parent = nullptr);

    void showContact(qint64 contactId);

Q_SIGNALS:
    void eventActivated(qint64 eventId);

private:
    void refresh();

    EventStore& m_events;
    qint64 m_contactId = 0;
};

} // namespace kith
