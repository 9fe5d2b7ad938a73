#include "storage/StorageError.h"

#include <sqlite3.h>

namespace trame::storage {

StorageError::StorageError(Error error) : std::runtime_error(error.describe()), m_error(std::move(error)) {}

ErrorKind errorKindFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorKind::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    case SQLITE_AUTH: return ErrorKind::Io;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH: return ErrorKind::Invalid;
    default: return ErrorKind::Internal;
    }
}

void throwLastError(sqlite3* db, int code, const std::string& what)
{
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const ErrorKind kind = errorKindFor(code);
    if (kind == ErrorKind::Busy)
        detail = "the database is locked by another program (" + detail + ")";
    else if ((code & 0xff) == SQLITE_FULL)
        detail = "the disk is full (" + detail + ")";
    else if ((code & 0xff) == SQLITE_READONLY)
        detail = "the database cannot be written (" + detail + ")";
    else if ((code & 0xff) == SQLITE_NOTADB)
        detail = "the file is not an SQLite database";
    throw StorageError(Error{kind, {}, what.empty() ? detail : what + ": " + detail});
}

} // namespace trame::storage
