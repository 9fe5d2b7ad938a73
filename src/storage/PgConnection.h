#pragma once

#include "storage/Connection.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace trame::storage::detail {

// SQL written for SQLite's parameters (?1, :name) in the server's ($1, $2...): the text, how many
// parameters it takes, and the number given to each name. Quoted text is left as it is.
struct ServerSql {
    std::string text;
    int parameters = 0;
    std::unordered_map<std::string, int> names;
};
ServerSql toServerSql(std::string_view sql);

// The server back end: one libpq connection, which this object closes.
class PgConnection final : public Connection {
public:
    explicit PgConnection(pg_conn* conn) : m_conn(conn) {}
    ~PgConnection() override;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    pg_conn* handle() const { return m_conn; }
    std::unique_ptr<StatementBackend> prepare(std::string_view sql) override;
    void exec(const std::string& sql) override;
    std::int64_t changes() const override { return m_changes; }
    bool inTransaction() const override;
    void execQuietly(const std::string& sql) noexcept override;
    void setChanges(std::int64_t changes) { m_changes = changes; }
    void keep(const std::string& sql) override;
    // Sends through `send`. A connection found lost while no transaction was open (the server
    // restarted, a cable pulled) is made again, its kept settings replayed, and the statement sent
    // once more; inside a transaction the loss is reported, the transaction being gone with it.
    pg_result* run(const std::function<pg_result*()>& send);
    // Counts reconnections: statements prepared before one must be prepared again.
    long generation() const { return m_generation; }

private:
    bool reconnect();

    pg_conn* m_conn;
    std::int64_t m_changes = 0;
    std::vector<std::string> m_kept;
    long m_generation = 0;
};

} // namespace trame::storage::detail
