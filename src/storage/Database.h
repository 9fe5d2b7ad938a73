#pragma once

#include "domain/Result.h"
#include "storage/Statement.h"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace trame::storage {

struct OpenOptions {
    bool create = true;                                   // create the file when missing
    std::chrono::milliseconds busyTimeout{5000};          // wait this long for another writer
    bool readOnly = false;
    int maxSchemaVersion = -1;                            // refuse newer files before writing
};

// One connection to a Trame SQLite file, opened with the pragmas Trame relies on:
// WAL, foreign keys, synchronous=FULL, a busy timeout, and a quick_check before anything is written.
class Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::string& path, OpenOptions options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // These throw SqliteError; callers wrap them in guarded().
    Statement prepare(std::string_view sql) const { return Statement(m_db, sql); }
    void exec(const std::string& sql) const;
    std::int64_t lastInsertId() const;
    int changes() const;
    int userVersion() const;

private:
    Database(sqlite3* db, std::string path);
    void configure(const OpenOptions& options);

    sqlite3* m_db;
    std::string m_path;
};

} // namespace trame::storage
