#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace trame::storage {

int latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

Status migrate(Database& db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    return guarded([&]() -> Status {
        const int current = db.userVersion();
        if (current > latestSchemaVersion())
            return makeError(ErrorKind::TooNew, db.path(),
                             std::string(db.isServer() ? "this database" : "this file") + " uses schema version " +
                                 std::to_string(current) + ", written by a newer Trame (this one knows up to version " +
                                 std::to_string(latestSchemaVersion()) + "); it was left untouched");
        for (const Migration& migration : db.isServer() ? serverMigrations() : migrations()) {
            if (migration.version <= current || migration.version > target)
                continue;
            Transaction transaction(db);
            // Re-read inside the write lock: another process may have migrated meanwhile.
            if (db.userVersion() >= migration.version)
                continue;
            db.exec(migration.sql);
            db.setUserVersion(migration.version);
            transaction.commit();
        }
        return Ok{};
    });
}

} // namespace trame::storage
