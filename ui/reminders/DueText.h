#pragma once

#include "reminders/DueItem.h"

#include <QCoreApplication>

namespace kith {

// How a due item reads wherever it is shown: the tray menu, a notification, the due view, the banner.
class DueText final {
    Q_DECLARE_TR_FUNCTIONS(kith::DueText)
    Q_DISABLE_COPY_MOVE(DueText)

public:
    DueText() = delete;

    // "follow up", "keep in touch", "birthday", "anniversary"
    static QString kindName(DueKind kind);
    // "Ada Lovelace — follow up"
    static QString title(const DueItem& item);
    // The reason, then the last interaction: what a notification says under the title.
    static QString context(const DueItem& item, const QDateTime& now);
    // "today", "yesterday", "3 days overdue", "in 2 days", or a date further out.
    static QString dueWhen(const QDateTime& due, const QDateTime& now);
    // For many items at once: one line each, at most `maxLines`, then "and 3 more".
    static QString list(const QList<DueItem>& items, int maxLines);
};

} // namespace kith
