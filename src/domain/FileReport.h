#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace trame {

// What a health check of a data file found: its integrity, schema version and row counts.
struct FileReport {
    std::string path;
    std::string integrity; // "ok", or what integrity_check found
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    std::vector<std::pair<std::string, std::int64_t>> counts; // table, rows
    std::string auditChain = "ok";                            // "ok", or where the audit trail's chain breaks
    std::int64_t chainedEntries = 0;
    std::int64_t unchainedEntries = 0; // written before the chain existed (schema 7)
    std::string chainHead;             // the newest entry's link

    bool healthy() const { return integrity == "ok" && schemaVersion == latestSchemaVersion && auditChain == "ok"; }
};

} // namespace trame
