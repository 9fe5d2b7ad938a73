#pragma once

#include "domain/Error.h"

#include <stdexcept>
#include <string>

struct sqlite3;

namespace trame::storage {

// Thrown inside the storage layer only; every public entry point turns it into a Result.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(Error error);
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

// Maps an SQLite result code to the kind of error the layers above understand.
ErrorKind errorKindFor(int sqliteCode);

// Throws StorageError describing the last failure of `db`, prefixed with `what`.
[[noreturn]] void throwLastError(sqlite3* db, int code, const std::string& what);

// Runs `body`, turning a StorageError or a standard exception into an Error result.
template <typename Fn> auto guarded(Fn&& body) -> decltype(body());

} // namespace trame::storage

#include "storage/StorageError.inl"
