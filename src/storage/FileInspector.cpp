#include "storage/FileInspector.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

namespace trame::storage {

Result<FileReport> inspect(const Database& db)
{
    return guarded([&]() -> Result<FileReport> {
        FileReport report;
        report.path = db.path();
        report.schemaVersion = db.userVersion();
        report.latestSchemaVersion = latestSchemaVersion();
        if (db.isServer()) {
            // The server keeps its own pages sound; what can be checked here is that it answers.
            report.integrity = "ok";
        } else {
            Statement check = db.prepare("PRAGMA integrity_check(20)");
            std::string found;
            while (check.step())
                found += (found.empty() ? "" : "; ") + check.text(0);
            report.integrity = found.empty() ? "no answer" : found;
        }
        if (db.wasOpenedElsewhereSince())
            return makeError(ErrorKind::Busy, db.path(),
                             "another program opened the file while it was checked; check it again");
        static const char* const tables[] = {"beneficiaries", "case_files",      "obstacles",         "plan_steps",
                                             "interviews",    "reference_cases", "catalogue_entries", "templates"};
        Statement exists = db.prepare(db.sql("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                                             "SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = ?1"));
        for (const char* table : tables) {
            exists.reset();
            exists.bind(1, table);
            if (!exists.step())
                continue;
            // Table names come from the fixed list above, never from input.
            Statement count = db.prepare(std::string("SELECT count(*) FROM ") + table);
            count.step();
            report.counts.emplace_back(table, count.integer(0));
        }
        return report;
    });
}

} // namespace trame::storage
