#pragma once

#include "storage/Connection.h"

struct sqlite3;

namespace trame::storage::detail {

// The embedded back end: one sqlite3 connection, which this object closes.
class SqliteConnection final : public Connection {
public:
    explicit SqliteConnection(sqlite3* db) : m_db(db) {}
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    std::unique_ptr<StatementBackend> prepare(std::string_view sql) override;
    void exec(const std::string& sql) override;
    std::int64_t changes() const override;
    bool inTransaction() const override;
    void execQuietly(const std::string& sql) noexcept override;

private:
    sqlite3* m_db;
};

} // namespace trame::storage::detail
