#include "storage/SqliteConnection.h"

#include "storage/StorageError.h"

#include <sqlite3.h>

namespace trame::storage::detail {

namespace {

class SqliteStatement final : public StatementBackend {
public:
    SqliteStatement(sqlite3* db, std::string_view sql) : m_db(db)
    {
        const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            throwLastError(db, rc, "preparing a query");
    }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindInteger(int index, std::int64_t value) override { check(sqlite3_bind_int64(m_stmt, index, value)); }
    void bindReal(int index, double value) override { check(sqlite3_bind_double(m_stmt, index, value)); }
    void bindText(int index, std::string_view text) override
    {
        check(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    }
    void bindNull(int index) override { check(sqlite3_bind_null(m_stmt, index)); }
    int parameterIndex(const char* name) const override { return sqlite3_bind_parameter_index(m_stmt, name); }

    bool step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        sqlite3_reset(m_stmt);
        throwLastError(m_db, rc, "");
    }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::string_view view(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            throwLastError(m_db, rc, "binding a value");
    }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<StatementBackend> SqliteConnection::prepare(std::string_view sql)
{
    return std::make_unique<SqliteStatement>(m_db, sql);
}

void SqliteConnection::exec(const std::string& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        throwLastError(m_db, rc, "");
    }
}

std::int64_t SqliteConnection::changes() const
{
    return sqlite3_changes64(m_db);
}

bool SqliteConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void SqliteConnection::execQuietly(const std::string& sql) noexcept
{
    sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
}

} // namespace trame::storage::detail
