#include "network/EventMetAtLabel.h"

#include "domain/Event.h"
#include "storage/EventStore.h"

#include <QLocale>

namespace kith {

EventMetAtLabel::EventMetAtLabel(EventStore& events, QWidget* parent)
    : QLabel(parent)
    , m_events(events)
{
    setObjectName(QStringLiteral("metAtLabel"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setToolTip(tr("The events where you met them; click one to open it"));
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("event:")))
            Q_EMIT eventActivated(link.mid(6).toLongLong());
    });
    // An event's name or date may change without its list changing: any change is looked at.
    connect(&m_events, &EventStore::eventsChanged, this, &EventMetAtLabel::refresh);
    hide();
}

void EventMetAtLabel::showContact(qint64 contactId)
{
    m_contactId = contactId;
    refresh();
}

void EventMetAtLabel::refresh()
{
    const auto events = m_contactId ? m_events.metAt(m_contactId) : Result<QList<Event>>(QList<Event>{});
    if (!events || events->isEmpty()) {
        clear();
        hide();
        return;
    }
    QStringList parts;
    for (const Event& e : *events) {
        //: An event on a contact's "Met at" line: its name (a link) and its date.
        parts << tr("%1 (%2)").arg(QStringLiteral("<a href=\"event:%1\">%2</a>").arg(e.id).arg(e.name.toHtmlEscaped()),
                                   QLocale().toString(e.heldOn, QLocale::ShortFormat));
    }
    setText(tr("<b>Met at</b> %1").arg(parts.join(QStringLiteral(", "))));
    show();
}

} // namespace kith
