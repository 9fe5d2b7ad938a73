#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

namespace bench {

// Bare sqlite3 calls: the floor's side.
class RawDb {
public:
    // A connection of its own, with Trame's pragmas.
    explicit RawDb(const std::string& path)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path);
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
             " PRAGMA secure_delete = ON;");
        sqlite3_busy_timeout(m_db, 5000);
    }
    // The connection Trame's workspace has open: the same pragmas and the same page cache, so that
    // neither side's writes empty the other's cache (the view entry of an opening, an autosave).
    explicit RawDb(sqlite3* borrowed) : m_db(borrowed), m_owned(false) {}
    ~RawDb()
    {
        for (auto& [sql, stmt] : m_statements)
            sqlite3_finalize(stmt);
        if (m_owned)
            sqlite3_close_v2(m_db);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    // A floor that silently fails would measure nothing: every statement's result is checked.
    void exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(sql);
    }
    void step(sqlite3_stmt* stmt)
    {
        if (sqlite3_step(stmt) != SQLITE_DONE)
            fail(sqlite3_sql(stmt));
    }
    [[noreturn]] void fail(const char* sql) const
    {
        throw std::runtime_error(std::string("floor query failed: ") + sqlite3_errmsg(m_db) + " in " + sql);
    }
    sqlite3_stmt* statement(const std::string& sql)
    {
        auto& stmt = m_statements[sql];
        if (!stmt && sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            fail(sql.c_str());
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return stmt;
    }
    // Steps through every row, touching each column as a reader would.
    int drain(sqlite3_stmt* stmt)
    {
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            fail(sqlite3_sql(stmt));
        return rows;
    }
    std::int64_t scalar(const std::string& sql)
    {
        sqlite3_stmt* stmt = statement(sql);
        if (sqlite3_step(stmt) != SQLITE_ROW)
            fail(sql.c_str());
        const std::int64_t value = sqlite3_column_int64(stmt, 0);
        // Reset, or the statement's read transaction would stay open and make this connection's
        // next write fail once another connection has written.
        sqlite3_reset(stmt);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    bool m_owned = true;
    std::map<std::string, sqlite3_stmt*> m_statements;
};

} // namespace bench
