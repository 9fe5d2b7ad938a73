#pragma once

#include <cstdint>

#include "domain/Result.h"
#include "storage/Statement.h"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace trame::storage {

namespace detail {
class Connection;
}

// Which back end a database is on: the SQL that differs is chosen by it (dialect()).
enum class Dialect { Sqlite, Postgres };

struct OpenOptions {
    bool create = true;                          // create the file when missing
    std::chrono::milliseconds busyTimeout{5000}; // wait this long for another writer
    bool readOnly = false;
    int maxSchemaVersion = -1; // refuse newer files before writing
};

// One connection to a Trame database: a SQLite file (the embedded default), or a PostgreSQL
// server when the location is a postgresql:// URI (storage/Server.h). A file is opened with the
// pragmas Trame relies on: WAL, foreign keys, synchronous=FULL, a busy timeout, and a quick_check
// before anything is written (for a large file, only after a session that did not end cleanly).
class Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::string& location, OpenOptions options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file's path, or the server's URI without its password.
    const std::string& path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect == Dialect::Postgres; }
    // The SQLite connection, for what only a file has (backup, checkpoints); null on a server.
    sqlite3* handle() const { return m_sqlite; }
    // The text written for this database's dialect, where the two differ.
    const char* sql(const char* sqlite, const char* postgres) const { return isServer() ? postgres : sqlite; }

    // These throw StorageError; callers wrap them in guarded().
    Statement prepare(std::string_view sql) const;
    // A statement prepared once per connection and reused: for the hot paths (saves, imports,
    // lists). The lease resets it when it goes, so that no read stays open. Not for two
    // interleaved uses of the same SQL.
    class Lease {
    public:
        explicit Lease(Statement& statement) : m_statement(&statement) {}
        ~Lease() { m_statement->reset(); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Statement& operator*() const { return *m_statement; }
        Statement* operator->() const { return m_statement; }

    private:
        Statement* m_statement;
    };
    Lease cached(const std::string& sql) const;
    void exec(const std::string& sql) const;
    int changes() const;
    int userVersion() const;
    void setUserVersion(int version) const;
    detail::Connection& connection() const { return *m_connection; }
    // Whether the file at path() is still the one this connection opened: a restore puts
    // another file there, and a write on the old one would be lost without a word.
    bool isStillAtItsPath() const;
    // Opened read-only on a file no one had open (no -wal beside it): SQLite then reads it as an
    // immutable file and creates no -wal or -shm, in a read-only folder too.
    bool isReadingUntouched() const { return m_untouched; }
    // Whether another program opened the file for writing since (its -wal appeared): what was
    // read untouched may then be out of date.
    bool wasOpenedElsewhereSince() const;
    // Before the first write of this connection: a full integrity_check, once (about 10 ms a
    // megabyte). Opening checks less, or nothing on a large file, to start fast; a damaged file
    // is refused here before anything is written to it. Throws StorageError (Corrupt).
    void checkBeforeFirstWrite() const;

    // For the server's back end (storage/Server.cpp): a connection already configured.
    static std::unique_ptr<Database> adopt(std::unique_ptr<detail::Connection> connection, std::string location);

private:
    Database(std::unique_ptr<detail::Connection> connection, sqlite3* sqlite, Dialect dialect, std::string path);
    static Result<std::unique_ptr<Database>> openFile(const std::string& path, const OpenOptions& options);
    void configure(const OpenOptions& options);
    static bool needsQuickCheck(const std::string& path);

    std::unique_ptr<detail::Connection> m_connection;
    sqlite3* m_sqlite; // owned by m_connection; null on a server
    Dialect m_dialect;
    std::string m_path;
    std::uint64_t m_device = 0; // the opened file's identity, 0 when unknown (in memory)
    std::uint64_t m_inode = 0;
    bool m_untouched = false;
    mutable bool m_checkedForWriting = false;
    mutable std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// While it lives, commits on `db` do not wait for the disk (WAL with synchronous=NORMAL): they
// survive a crash of Trame but may be lost in a power cut, until the next full commit syncs the
// log. For writes that record a reading (an audit "view" entry), never for data. Best effort: if
// the setting cannot be changed, commits simply stay fully synchronous.
class RelaxedSync {
public:
    explicit RelaxedSync(const Database& db);
    ~RelaxedSync();
    RelaxedSync(const RelaxedSync&) = delete;
    RelaxedSync& operator=(const RelaxedSync&) = delete;

private:
    const Database& m_db;
};

} // namespace trame::storage
