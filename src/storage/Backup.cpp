#include "storage/Backup.h"

#include "storage/PrivateFiles.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

#include <filesystem>
#include <memory>

namespace trame::storage {

namespace fs = std::filesystem;

namespace {

struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

Status copyPages(sqlite3* source, sqlite3* target)
{
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return makeError(errorKindFor(sqlite3_errcode(target)), {}, sqlite3_errmsg(target));
    int rc = SQLITE_OK;
    // Small steps, so that writers in other connections are held up only briefly.
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return makeError(errorKindFor(rc), {}, std::string("the copy failed: ") + sqlite3_errstr(rc));
    return Ok{};
}

} // namespace

Status backupTo(const Database& db, const std::string& destination)
{
    if (db.isServer())
        return makeError(ErrorKind::Invalid, db.path(),
                         "a server is backed up by PostgreSQL itself (pg_dump), not by Trame: see the "
                         "administrator's guide (docs/reliability.md)");
    std::error_code ec;
    const fs::path dest(destination);
    const fs::path folder = dest.has_parent_path() ? dest.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        return makeError(ErrorKind::Io, destination, "the folder " + folder.string() + " does not exist");
    if (fs::exists(dest, ec))
        return makeError(ErrorKind::Io, destination, "already exists; choose another name");

    const fs::path partial = dest.string() + ".partial";
    fs::remove(partial, ec);
    if (Status created = createPrivateFile(partial.string()); !created)
        return created;
    Status status = [&]() -> Status {
        sqlite3* raw = nullptr;
        const int rc = sqlite3_open_v2(partial.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        std::unique_ptr<sqlite3, CloseDb> target(raw);
        if (rc != SQLITE_OK)
            return makeError(errorKindFor(rc), destination, "cannot create the backup file");
        if (Status copied = copyPages(db.handle(), target.get()); !copied)
            return copied;
        // The copy keeps the source's WAL flag; a backup is a single self-contained file.
        sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_stmt* check = nullptr;
        sqlite3_prepare_v2(target.get(), "PRAGMA quick_check(1)", -1, &check, nullptr);
        const bool ok = check && sqlite3_step(check) == SQLITE_ROW &&
                        std::string(reinterpret_cast<const char*>(sqlite3_column_text(check, 0))) == "ok";
        sqlite3_finalize(check);
        if (!ok)
            return makeError(ErrorKind::Corrupt, destination, "the copy did not pass its integrity check");
        return Ok{};
    }();
    if (status) {
        fs::rename(partial, dest, ec);
        if (ec)
            status = makeError(ErrorKind::Io, destination, "cannot move the backup into place: " + ec.message());
    }
    if (!status) {
        fs::remove(partial, ec);
        Error error = status.error();
        if (error.path.empty())
            error.path = destination;
        return error;
    }
    return Ok{};
}

} // namespace trame::storage
