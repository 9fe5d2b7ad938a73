#include "storage/ServerChanges.h"

#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "storage/StorageError.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace trame::storage {

namespace {

pg_conn* serverHandle(const Database& db)
{
    auto* server = db.isServer() ? dynamic_cast<detail::PgConnection*>(&db.connection()) : nullptr;
    return server ? server->handle() : nullptr;
}

} // namespace

Status listenForChanges(const Database& db)
{
    if (!db.isServer())
        return Ok{};
    return guarded([&]() -> Status {
        db.connection().keep("LISTEN trame_changes"); // again after a reconnection
        return Ok{};
    });
}

int changeSocket(const Database& db)
{
    pg_conn* conn = serverHandle(db);
    return conn ? PQsocket(conn) : -1;
}

Result<std::vector<std::int64_t>> takeChanges(const Database& db)
{
    std::vector<std::int64_t> people;
    pg_conn* conn = serverHandle(db);
    if (!conn)
        return people;
    if (PQconsumeInput(conn) == 0)
        return makeError(ErrorKind::Io, db.path(), "the connection to the server was lost");
    const int self = PQbackendPID(conn);
    while (PGnotify* note = PQnotifies(conn)) {
        std::int64_t id = 0;
        const char* payload = note->extra ? note->extra : "";
        const auto parsed = std::from_chars(payload, payload + std::strlen(payload), id);
        if (note->be_pid != self && parsed.ec == std::errc() &&
            std::find(people.begin(), people.end(), id) == people.end())
            people.push_back(id);
        PQfreemem(note);
    }
    return people;
}

} // namespace trame::storage
