#pragma once

#include "domain/Result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace trame::storage {

class Database;

struct FileReport {
    std::string path;
    std::string integrity; // "ok", or what integrity_check found
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    std::vector<std::pair<std::string, std::int64_t>> counts; // table, rows

    bool healthy() const { return integrity == "ok" && schemaVersion == latestSchemaVersion; }
};

// Full integrity check, schema version and row counts of Trame's tables, read-only.
Result<FileReport> inspect(const Database& db);

} // namespace trame::storage
