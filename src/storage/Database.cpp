#include "storage/Database.h"

#include "storage/PrivateFiles.h"
#include "storage/Server.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageError.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>

namespace trame::storage {

namespace {

// "file:" URI of `path` read as immutable; characters with a meaning in URIs are escaped.
std::string immutableUri(const std::string& path)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* const hex = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

} // namespace

namespace fs = std::filesystem;

Database::Database(std::unique_ptr<detail::Connection> connection, sqlite3* sqlite, Dialect dialect, std::string path)
    : m_connection(std::move(connection)), m_sqlite(sqlite), m_dialect(dialect), m_path(std::move(path))
{
}

Database::~Database()
{
    m_cache.clear(); // statements are finalized before the connection closes
}

std::unique_ptr<Database> Database::adopt(std::unique_ptr<detail::Connection> connection, std::string location)
{
    auto* db = new Database(std::move(connection), nullptr, Dialect::Postgres, std::move(location));
    db->m_checkedForWriting = true; // the server keeps its own pages sound
    return std::unique_ptr<Database>(db);
}

Statement Database::prepare(std::string_view sql) const
{
    return Statement(m_connection->prepare(sql));
}

Database::Lease Database::cached(const std::string& sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_connection->prepare(sql))).first;
    return Lease(*it->second);
}

Result<std::unique_ptr<Database>> Database::open(const std::string& location, OpenOptions options)
{
    if (isServerLocation(location))
        return openServer(location, options);
    return openFile(location, options);
}

Result<std::unique_ptr<Database>> Database::openFile(const std::string& path, const OpenOptions& options)
{
    std::error_code ec;
    const fs::path file(path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        return makeError(ErrorKind::Io, path, "the folder " + folder.string() + " does not exist");
    if (fs::is_directory(file, ec))
        return makeError(ErrorKind::Io, path, "is a folder, not a database file");
    if (!options.create && !fs::exists(file, ec))
        return makeError(ErrorKind::NotFound, path, "no such database file");

    // SQLite gives the -wal and -shm files the main file's mode: a file made private keeps them so.
    if (!options.readOnly) {
        if (options.create && !fs::exists(file, ec)) {
            if (Status created = createPrivateFile(path); !created)
                return created.error();
        } else {
            for (const char* suffix : {"", "-wal", "-shm"})
                if (Status narrowed = restrictToOwner(path + suffix); !narrowed)
                    return narrowed.error();
        }
    }

    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // A reader on a WAL file would otherwise create its -wal and -shm (and fail in a read-only
    // folder); with no -wal there, no connection is open on it and it can be read as it is.
    const bool untouched = options.readOnly && !fs::exists(path + "-wal", ec);
    const std::string name = untouched ? immutableUri(path) : path;
    if (untouched)
        flags |= SQLITE_OPEN_URI;
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(
        new Database(std::make_unique<detail::SqliteConnection>(handle), handle, Dialect::Sqlite, path));
    db->m_untouched = untouched;
    if (rc != SQLITE_OK) {
        Error error{errorKindFor(rc), path, handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)};
        if (rc == SQLITE_CANTOPEN)
            error.message = "cannot open or create the file (check the folder's permissions)";
        return error;
    }
    struct stat opened {};
    if (::stat(path.c_str(), &opened) == 0) {
        db->m_device = static_cast<std::uint64_t>(opened.st_dev);
        db->m_inode = static_cast<std::uint64_t>(opened.st_ino);
    }
    return guarded([&]() -> Result<std::unique_ptr<Database>> {
        try {
            db->configure(options);
        } catch (const StorageError& e) {
            Error error = e.error();
            error.path = path;
            return error;
        }
        return std::move(db);
    });
}

void Database::checkBeforeFirstWrite() const
{
    if (m_checkedForWriting || isServer())
        return;
    // Unlike quick_check, integrity_check also compares every index with its table: a damaged
    // index would otherwise be written through, and the damage spread.
    Statement check = prepare("PRAGMA integrity_check(1)");
    if (!check.step() || check.text(0) != "ok")
        throw StorageError(
            Error{ErrorKind::Corrupt, m_path,
                  "the database is damaged (" + check.text(0) + "); nothing was written to it: restore a backup"});
    m_checkedForWriting = true;
}

bool Database::wasOpenedElsewhereSince() const
{
    std::error_code ec;
    return m_untouched && fs::exists(m_path + "-wal", ec);
}

bool Database::isStillAtItsPath() const
{
    if (m_inode == 0)
        return true;
    struct stat now {};
    return ::stat(m_path.c_str(), &now) == 0 && static_cast<std::uint64_t>(now.st_dev) == m_device &&
           static_cast<std::uint64_t>(now.st_ino) == m_inode;
}

bool Database::needsQuickCheck(const std::string& path)
{
    // quick_check reads about 250 MB/s on an office PC's SSD (28 ms for a 7 MB file of 1,000 people,
    // 250 ms at 10,000): below 8 MiB it costs at most ~30 ms at each start, a price worth paying
    // for finding a damaged file before anything writes to it.
    constexpr std::uintmax_t kAlwaysCheckBelow = 8u << 20;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec || size < kAlwaysCheckBelow)
        return true;
    const auto wal = fs::file_size(path + "-wal", ec);
    return !ec && wal > 0;
}

void Database::configure(const OpenOptions& options)
{
    sqlite3_extended_result_codes(m_sqlite, 1);
    sqlite3_busy_timeout(m_sqlite, static_cast<int>(options.busyTimeout.count()));
    // Checked before any pragma that writes, so that a damaged file is never touched. The full
    // quick_check reads the whole file, so a large file gets it only after a session that did not
    // end cleanly (its WAL is still there); `trame-cli check` checks in full at any time.
    if (needsQuickCheck(m_path)) {
        Statement check = prepare("PRAGMA quick_check(1)");
        if (!check.step() || check.text(0) != "ok")
            throw StorageError(Error{ErrorKind::Corrupt, m_path, "the database is damaged (" + check.text(0) + ")"});
    }
    if (options.maxSchemaVersion >= 0 && userVersion() > options.maxSchemaVersion)
        throw StorageError(Error{ErrorKind::TooNew, m_path,
                                 "this file uses schema version " + std::to_string(userVersion()) +
                                     ", written by a newer Trame (this one knows up to version " +
                                     std::to_string(options.maxSchemaVersion) + "); it was left untouched"});
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA synchronous = FULL");
    // Deleted text is overwritten, not left in free pages: what a counsellor removes, or a
    // person's erasure, is gone from the file (docs/security.md).
    exec("PRAGMA secure_delete = ON");
    if (!options.readOnly) {
        Statement wal = prepare("PRAGMA journal_mode = WAL");
        if (!wal.step() || wal.text(0) != "wal")
            throw StorageError(Error{ErrorKind::Io, m_path, "cannot switch the database to WAL mode"});
    }
}

void Database::exec(const std::string& sql) const
{
    m_connection->exec(sql);
}

int Database::changes() const
{
    return static_cast<int>(m_connection->changes());
}

int Database::userVersion() const
{
    if (isServer())
        return serverSchemaVersion(*this);
    Statement query = prepare("PRAGMA user_version");
    query.step();
    return static_cast<int>(query.integer(0));
}

void Database::setUserVersion(int version) const
{
    if (isServer())
        prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'").bind(1, std::to_string(version)).run();
    else
        exec("PRAGMA user_version = " + std::to_string(version));
}

RelaxedSync::RelaxedSync(const Database& db) : m_db(db)
{
    m_db.connection().execQuietly(m_db.sql("PRAGMA synchronous = NORMAL", "SET synchronous_commit = off"));
}

RelaxedSync::~RelaxedSync()
{
    m_db.connection().execQuietly(m_db.sql("PRAGMA synchronous = FULL", "SET synchronous_commit = on"));
}

} // namespace trame::storage
