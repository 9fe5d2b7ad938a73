#include "storage/Server.h"

#include "storage/Connection.h"
#include "storage/PgConnection.h"
#include "storage/StorageError.h"

#include <libpq-fe.h>

#include <vector>

namespace trame::storage {

namespace {

struct ConnInfo {
    std::vector<std::string> keys;
    std::vector<std::string> values;
    std::string find(const std::string& key) const
    {
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key)
                return values[i];
        return {};
    }
    void set(const std::string& key, const std::string& value)
    {
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        keys.push_back(key);
        values.push_back(value);
    }
};

Result<ConnInfo> parse(const std::string& location)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(location.c_str(), &message);
    if (!options) {
        std::string detail = message ? message : "out of memory";
        PQfreemem(message);
        while (!detail.empty() && detail.back() == '\n')
            detail.pop_back();
        return makeError(ErrorKind::Invalid, redactedLocation(location),
                         "is not a valid postgresql:// address (" + detail + ")");
    }
    ConnInfo info;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val) {
            info.keys.emplace_back(o->keyword);
            info.values.emplace_back(o->val);
        }
    PQconninfoFree(options);
    return info;
}

bool isSameMachine(const std::string& hosts)
{
    if (hosts.empty())
        return true; // libpq's default: the local socket
    size_t start = 0;
    while (start <= hosts.size()) {
        const size_t end = std::min(hosts.find(',', start), hosts.size());
        const std::string host = hosts.substr(start, end - start);
        if (!(host.empty() || host[0] == '/' || host == "localhost" || host == "127.0.0.1" || host == "::1"))
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace

bool isServerLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string redactedLocation(const std::string& location)
{
    // The password sits between "user:" and "@" in the authority, or in a password= parameter.
    std::string out = location;
    const size_t scheme = out.find("://");
    if (scheme != std::string::npos) {
        const size_t authorityEnd = std::min(out.find('/', scheme + 3), out.find('?', scheme + 3));
        const size_t at = out.rfind('@', authorityEnd);
        if (at != std::string::npos && at > scheme) {
            const size_t colon = out.find(':', scheme + 3);
            if (colon != std::string::npos && colon < at)
                out.replace(colon, at - colon, ":***");
        }
    }
    for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
        const size_t end = std::min(out.find('&', p), out.size());
        out.replace(p + 9, end - p - 9, "***");
    }
    return out;
}

Result<std::unique_ptr<Database>> openServer(const std::string& location, const OpenOptions& options)
{
    const std::string shown = redactedLocation(location);
    auto parsed = parse(location);
    if (!parsed)
        return parsed.error();
    ConnInfo info = std::move(parsed).value();
    if (info.find("sslmode").empty() && !isSameMachine(info.find("host") + info.find("hostaddr")))
        info.set("sslmode", "verify-full");
    if (info.find("connect_timeout").empty())
        info.set("connect_timeout", "10");
    info.set("application_name", "trame");
    info.set("client_encoding", "UTF8");
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (size_t i = 0; i < info.keys.size(); ++i) {
        keys.push_back(info.keys[i].c_str());
        values.push_back(info.values[i].c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* conn = PQconnectdbParams(keys.data(), values.data(), 0);
    auto connection = std::make_unique<detail::PgConnection>(conn);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        std::string detail = conn ? PQerrorMessage(conn) : "out of memory";
        while (!detail.empty() && detail.back() == '\n')
            detail.pop_back();
        const bool refused =
            detail.find("password") != std::string::npos || detail.find("authentication") != std::string::npos;
        return makeError(refused ? ErrorKind::Denied : ErrorKind::Io, shown,
                         "cannot connect to the server (" + detail + ")");
    }
    // The server's notices (a policy replaced, a backend told to end) are for its log, not for
    // the person at the workstation, to whom libpq would print them.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    std::unique_ptr<Database> db = Database::adopt(std::move(connection), shown);
    return guarded([&]() -> Result<std::unique_ptr<Database>> {
        // A writer waits for another as long as it would on a file, then answers Busy.
        db->connection().keep("SET lock_timeout = '" + std::to_string(options.busyTimeout.count()) + "ms'");
        if (options.readOnly)
            db->connection().keep("SET default_transaction_read_only = on");
        const int version = serverSchemaVersion(*db);
        if (options.maxSchemaVersion >= 0 && version > options.maxSchemaVersion)
            return makeError(ErrorKind::TooNew, shown,
                             "this database uses schema version " + std::to_string(version) +
                                 ", written by a newer Trame (this one knows up to version " +
                                 std::to_string(options.maxSchemaVersion) + "); it was left untouched");
        return std::move(db);
    });
}

Result<std::string> workstationLocation(const std::string& location, const std::string& role,
                                        const std::string& password)
{
    auto parsed = parse(location);
    if (!parsed)
        return parsed.error();
    const ConnInfo& info = *parsed;
    const std::string host = info.find("host");
    std::string uri = "postgresql://" + role + ":" + password + "@";
    const bool socket = !host.empty() && host[0] == '/';
    if (!socket)
        uri += host;
    if (!info.find("port").empty() && !socket)
        uri += ":" + info.find("port");
    uri += "/" + info.find("dbname");
    std::string query;
    auto add = [&](const std::string& key, const std::string& value) {
        query += (query.empty() ? "?" : "&") + key + "=" + value;
    };
    if (socket) {
        add("host", host);
        if (!info.find("port").empty())
            add("port", info.find("port"));
    }
    std::string sslmode = info.find("sslmode");
    if (sslmode.empty() && !isSameMachine(host + info.find("hostaddr")))
        sslmode = "verify-full";
    if (!sslmode.empty())
        add("sslmode", sslmode);
    for (const char* key : {"sslrootcert", "hostaddr"})
        if (!info.find(key).empty())
            add(key, info.find(key));
    return uri + query;
}

int serverSchemaVersion(const Database& db)
{
    Statement exists = db.prepare("SELECT to_regclass('public.meta') IS NOT NULL");
    if (!exists.step() || exists.integer(0) == 0)
        return 0;
    Statement version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    return version.step() ? std::stoi(version.text(0)) : 0;
}

} // namespace trame::storage
