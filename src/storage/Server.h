#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <memory>
#include <string>
#include <string_view>

// A Trame database on a PostgreSQL server, reached by a libpq connection URI.
namespace trame::storage {

// postgresql://… or postgres://…: what --db takes for a server, a file path otherwise.
bool isServerLocation(std::string_view location);

// Connects to the server at `location`. A server on another machine is reached with
// sslmode=verify-full unless the URI says which sslmode to use.
Result<std::unique_ptr<Database>> openServer(const std::string& location, const OpenOptions& options);

// The schema version recorded in the server's meta table, 0 for a database Trame never prepared.
int serverSchemaVersion(const Database& db);

// The URI a workstation uses: `location`'s server and database, as `role` with `password`, and
// sslmode=verify-full for a server on another machine unless `location` names another sslmode.
Result<std::string> workstationLocation(const std::string& location, const std::string& role,
                                        const std::string& password);

// The URI without its password: what messages and `path()` show.
std::string redactedLocation(const std::string& location);

} // namespace trame::storage
