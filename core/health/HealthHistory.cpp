#include "health/HealthHistory.h"

#include <algorithm>

namespace kith {

qsizetype HealthHistory::indexOf(qint64 contactId) const
{
    // Contacts are kept by id.
    const auto it = std::lower_bound(contacts.cbegin(), contacts.cend(), contactId,
                                     [](const ContactHistory& c, qint64 id) { return c.contactId < id; });
    return it != contacts.cend() && it->contactId == contactId ? it - contacts.cbegin() : -1;
}

} // namespace kith
