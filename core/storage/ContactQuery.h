#pragma once

#include <QString>
#include <Qt>

namespace kith {

// Which contacts to list, in which order: what the table and `kith-cli contacts` ask for.
struct ContactQuery {
    enum class SortKey { Name, Organization, Circle, Tags, LastInteraction, NextReminder };

    QString search;       // what the user typed; empty lists everyone
    bool trashed = false; // list the Trash instead of the live contacts
    SortKey sortKey = SortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

} // namespace kith
