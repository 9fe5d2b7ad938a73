#include "storage/PgConnection.h"

#include "storage/ServerError.h"
#include "storage/StorageError.h"

#include <libpq-fe.h>

#include <atomic>
#include <charconv>
#include <optional>
#include <vector>

namespace trame::storage::detail {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// Values travel as text, as they are stored; integers say their type, so that the server need not
// guess it where a comparison alone cannot tell (?1 IS NULL).
constexpr Oid kInt8 = 20;
constexpr Oid kFloat8 = 701;

class PgStatement final : public StatementBackend {
public:
    PgStatement(PgConnection& connection, std::string_view sql)
        : m_connection(connection), m_sql(toServerSql(sql)), m_values(static_cast<size_t>(m_sql.parameters)),
          m_types(static_cast<size_t>(m_sql.parameters), 0)
    {
    }
    ~PgStatement() override
    {
        if (m_preparedIn == m_connection.generation())
            m_connection.execQuietly("DEALLOCATE " + m_name);
    }
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;

    void bindInteger(int index, std::int64_t value) override { set(index, std::to_string(value), kInt8); }
    void bindReal(int index, double value) override { set(index, std::to_string(value), kFloat8); }
    void bindText(int index, std::string_view text) override { set(index, std::string(text), 0); }
    void bindNull(int index) override
    {
        at(index) = std::nullopt;
        m_types[static_cast<size_t>(index - 1)] = 0;
    }
    int parameterIndex(const char* name) const override
    {
        const auto it = m_sql.names.find(name);
        return it == m_sql.names.end() ? 0 : it->second;
    }

    bool step() override
    {
        if (m_exhausted) { // stepping past the end runs the statement again, as SQLite does
            m_result.reset();
            m_exhausted = false;
        }
        if (!m_result)
            execute();
        if (!m_executedNoRows && ++m_row < PQntuples(m_result.get()))
            return true;
        m_exhausted = true;
        return false;
    }
    void reset() override
    {
        m_result.reset();
        m_row = -1;
        m_exhausted = false;
        m_executedNoRows = false;
        for (auto& value : m_values)
            value = std::nullopt;
        std::fill(m_types.begin(), m_types.end(), 0);
    }
    int columnCount() const override { return m_result ? PQnfields(m_result.get()) : 0; }
    bool isNull(int column) const override { return PQgetisnull(m_result.get(), m_row, column) != 0; }
    std::int64_t integer(int column) const override
    {
        const std::string_view text = view(column);
        if (text == "t")
            return 1;
        if (text == "f" || text.empty())
            return 0;
        std::int64_t value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return value;
    }
    double real(int column) const override
    {
        const std::string text(view(column));
        return text.empty() ? 0.0 : std::stod(text);
    }
    std::string_view view(int column) const override
    {
        if (!m_result || m_row < 0 || isNull(column))
            return {};
        return {PQgetvalue(m_result.get(), m_row, column),
                static_cast<size_t>(PQgetlength(m_result.get(), m_row, column))};
    }

private:
    std::optional<std::string>& at(int index)
    {
        if (index < 1 || index > m_sql.parameters)
            throw StorageError(
                Error{ErrorKind::Internal, {}, "binding a value: no parameter " + std::to_string(index)});
        return m_values[static_cast<size_t>(index - 1)];
    }
    void set(int index, std::string value, Oid type)
    {
        at(index) = std::move(value);
        m_types[static_cast<size_t>(index - 1)] = type;
    }
    void execute()
    {
        std::vector<const char*> values;
        values.reserve(m_values.size());
        for (const auto& value : m_values)
            values.push_back(value ? value->c_str() : nullptr);
        PGconn* conn = m_connection.handle();
        prepareIfRunAgain();
        const bool prepared = m_preparedIn == m_connection.generation();
        m_result.reset(m_connection.run([&] {
            return prepared ? PQexecPrepared(conn, m_name.c_str(), m_sql.parameters, values.data(), nullptr, nullptr, 0)
                            : PQexecParams(conn, m_sql.text.c_str(), m_sql.parameters, m_types.data(), values.data(),
                                           nullptr, nullptr, 0);
        }));
        m_row = -1;
        const ExecStatusType status = PQresultStatus(m_result.get());
        if ((status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) && m_firstTypes.empty())
            m_firstTypes = m_types.empty() ? std::vector<Oid>{0} : m_types;
        if (status == PGRES_TUPLES_OK) {
            m_executedNoRows = false;
            const char* changed = PQcmdTuples(m_result.get());
            if (changed && *changed)
                m_connection.setChanges(std::stoll(changed)); // INSERT ... RETURNING
            return;
        }
        if (status == PGRES_COMMAND_OK) {
            m_executedNoRows = true;
            const char* changed = PQcmdTuples(m_result.get());
            m_connection.setChanges(changed && *changed ? std::stoll(changed) : 0);
            return;
        }
        ResultPtr failed = std::move(m_result);
        throwServerError(conn, failed.get(), "");
    }

    // A statement run again (a cached one: saves, lists) is prepared on the server with the types
    // of its first successful run, so that it is parsed and planned once, as SQLite does. Those
    // types having worked, the preparation cannot fail and abort a transaction.
    void prepareIfRunAgain()
    {
        if (m_firstTypes.empty() || m_preparedIn == m_connection.generation())
            return;
        static std::atomic<long> counter{0};
        if (m_name.empty())
            m_name = "trame_" + std::to_string(++counter);
        PGconn* conn = m_connection.handle();
        ResultPtr done(m_connection.run([&] {
            return PQprepare(conn, m_name.c_str(), m_sql.text.c_str(), m_sql.parameters, m_firstTypes.data());
        }));
        if (PQresultStatus(done.get()) == PGRES_COMMAND_OK)
            m_preparedIn = m_connection.generation();
    }

    PgConnection& m_connection;
    ServerSql m_sql;
    std::string m_name;            // on the server, once prepared
    long m_preparedIn = -1;        // the connection's generation it was prepared in
    std::vector<Oid> m_firstTypes; // the types of the first run that worked
    std::vector<std::optional<std::string>> m_values;
    std::vector<Oid> m_types;
    ResultPtr m_result;
    int m_row = -1;
    bool m_exhausted = false;
    bool m_executedNoRows = false;
};

} // namespace

ServerSql toServerSql(std::string_view sql)
{
    ServerSql out;
    out.text.reserve(sql.size() + 8);
    std::vector<std::string> pendingNames;
    int highestNumbered = 0;
    // Named parameters are numbered after the numbered ones, as SQLite numbers them.
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const size_t end = sql.find(c, i + 1);
            const size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.text.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            size_t j = i + 1;
            int number = 0;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                number = number * 10 + (sql[j++] - '0');
            highestNumbered = std::max(highestNumbered, number);
            out.text += '$' + std::to_string(number);
            i = j - 1;
        } else if (c == ':' && i + 1 < sql.size() && isNameChar(sql[i + 1]) && (i == 0 || sql[i - 1] != ':')) {
            size_t j = i + 1;
            while (j < sql.size() && isNameChar(sql[j]))
                ++j;
            const std::string name(sql.substr(i, j - i));
            out.text += "\x01" + name + "\x01"; // numbered once every name is known
            pendingNames.push_back(name);
            i = j - 1;
        } else {
            out.text += c;
        }
    }
    out.parameters = highestNumbered;
    for (const auto& name : pendingNames)
        if (out.names.emplace(name, out.parameters + 1).second)
            ++out.parameters;
    for (const auto& [name, number] : out.names) {
        const std::string marker = "\x01" + name + "\x01";
        const std::string replacement = "$" + std::to_string(number);
        for (size_t at = out.text.find(marker); at != std::string::npos; at = out.text.find(marker, at))
            out.text.replace(at, marker.size(), replacement);
    }
    return out;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

std::unique_ptr<StatementBackend> PgConnection::prepare(std::string_view sql)
{
    return std::make_unique<PgStatement>(*this, sql);
}

PGresult* PgConnection::run(const std::function<PGresult*()>& send)
{
    const bool idle = PQtransactionStatus(m_conn) == PQTRANS_IDLE || PQstatus(m_conn) == CONNECTION_BAD;
    if (PQstatus(m_conn) == CONNECTION_BAD && !reconnect())
        return nullptr;
    PGresult* result = send();
    if (idle && PQstatus(m_conn) == CONNECTION_BAD) {
        PQclear(result);
        if (!reconnect())
            return nullptr;
        result = send();
    }
    return result;
}

bool PgConnection::reconnect()
{
    PQreset(m_conn);
    ++m_generation; // what was prepared on the lost connection is gone
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    for (const std::string& sql : m_kept)
        PQclear(PQexec(m_conn, sql.c_str()));
    return true;
}

void PgConnection::keep(const std::string& sql)
{
    exec(sql);
    m_kept.push_back(sql);
}

void PgConnection::exec(const std::string& sql)
{
    ResultPtr result(run([&] { return PQexec(m_conn, sql.c_str()); }));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwServerError(m_conn, result.get(), "");
    const char* changed = PQcmdTuples(result.get());
    m_changes = changed && *changed ? std::stoll(changed) : 0;
}

bool PgConnection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void PgConnection::execQuietly(const std::string& sql) noexcept
{
    PQclear(PQexec(m_conn, sql.c_str()));
}

} // namespace trame::storage::detail
