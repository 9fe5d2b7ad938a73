#pragma once

#include "domain/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trame::services {

class Actor;
class Clock;
class Workspace;

struct TableMove {
    std::string table;
    std::int64_t rows = 0;
    std::string digest; // BLAKE2b of the rows in key order, the same on the file and the server
};

// Moves a structure's file onto a server just prepared by server init: every person, case file,
// interview, review, account and audit entry, in one transaction on the server, verified before
// it commits (the rows and a digest of each table, read back from the server, equal the file's).
// An administrator of the file does it; the file keeps everything and an entry saying so, the
// server's trail continues the file's chain with an entry of its own. A server that holds anyone
// already is refused.
Result<std::vector<TableMove>> moveToServer(Workspace& file, const Actor& admin, Workspace& server, const Clock& clock);

} // namespace trame::services
