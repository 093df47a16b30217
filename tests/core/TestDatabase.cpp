#include "TestDatabase.h"

#include <QTest>

namespace kith {

TestDatabase::TestDatabase()
{
    reopen();
}

void TestDatabase::reopen()
{
    m_database.reset();
    auto opened = Database::open(path());
    if (!opened)
        qFatal("Cannot open test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened.value());
}

} // namespace kith
