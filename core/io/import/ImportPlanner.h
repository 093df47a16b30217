#pragma once

#include "domain/Result.h"
#include "io/import/ImportOptions.h"
#include "io/import/ImportPlan.h"

#include <QStringList>

#include <functional>

namespace kith {

class Database;

// Reads import files (vCard or CSV, told apart by content) and decides for each record whether it is new,
// the same person as an existing contact (matched by UID, then email, then normalised phone, then the same
// normalised name plus one more matching field: organisation, birthday, city or website), or the same
// person as an earlier record of the files. Nothing is written. Files are streamed; existing contacts'
// keys are loaded once into hash maps.
//
// A file that cannot be read at all (missing, empty, binary, too large, neither vCard nor CSV) becomes one
// issue for the whole file (line 0) and planning goes on with the other files.
class ImportPlanner final {
    Q_DISABLE_COPY_MOVE(ImportPlanner)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false = cancel

    ImportPlanner(Database& database, ImportOptions options);
    ~ImportPlanner();

    // Fails only when cancelled or when the database cannot be read.
    Result<ImportPlan> plan(const QStringList& files, const Progress& progress = {});

    // For the generic-CSV mapping page: true when a file is a CSV of no known profile.
    static bool needsColumnMapping(const QString& file);
    // Files larger than this are refused with a clear message (the plan holds every record in memory).
    static constexpr qint64 maxFileBytes() { return qint64(512) * 1024 * 1024; }

private:
    Database& m_database;
    ImportOptions m_options;
};

} // namespace kith
