#pragma once

#include "domain/Result.h"

#include <cstdint>
#include <vector>

// What colleagues changed on a server, as it happens (PostgreSQL's LISTEN/NOTIFY): the numbers of
// the people whose file another workstation saved. A file has none to tell.
namespace trame::storage {

class Database;

// Starts listening on `db`; nothing on a file.
Status listenForChanges(const Database& db);
// The connection's socket, to watch for readability; -1 on a file.
int changeSocket(const Database& db);
// The people changed by others since the last call, each once, in the order they came; this
// connection's own changes are left out.
Result<std::vector<std::int64_t>> takeChanges(const Database& db);

} // namespace trame::storage
