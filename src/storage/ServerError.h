#pragma once

#include <string>

struct pg_conn;
struct pg_result;

namespace trame::storage::detail {

// Throws StorageError for a failed server call, its kind from the SQLSTATE (a lost connection,
// a lock wait past the timeout, a constraint, a permission the session lacks), prefixed with `what`.
[[noreturn]] void throwServerError(pg_conn* conn, const pg_result* result, const std::string& what);

} // namespace trame::storage::detail
