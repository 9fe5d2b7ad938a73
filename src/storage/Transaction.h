#pragma once

#include "domain/Result.h"

#include <functional>
#include <optional>
#include <string>
#include <type_traits>

namespace trame::storage {

class Database;

// BEGIN IMMEDIATE when no transaction is open (the write lock, and the busy wait, come first),
// a SAVEPOINT inside an open one, so that repository writes compose. Rolls back on destruction
// unless commit() was called. Throws StorageError.
class Transaction {
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    const Database& m_db;
    std::string m_savepoint; // empty for an outermost transaction
    bool m_done = false;
};

// What starts a write transaction on `db`, its write lock taken first: BEGIN IMMEDIATE on a file;
// on a server, BEGIN and the lock that makes writers take turns as they do on a file, so that what
// one reads to decide a write (a row's version, the audit trail's last link) stays true until it
// commits.
const char* beginWriteSql(const Database& db);

// Runs `body` in one transaction: committed when it returns Ok, rolled back when it returns an
// error or throws.
Status runInTransaction(const Database& db, const std::function<Status()>& body);

// What services use to make several repository calls all-or-nothing: `body` returns a Result,
// and so does the transaction — the body's value once committed, or the error that rolled it
// back — so that nothing needs declaring outside to carry a value out.
template <typename Body> auto inTransaction(const Database& db, Body&& body) -> std::invoke_result_t<Body&>
{
    using R = std::invoke_result_t<Body&>;
    std::optional<R> out;
    const Status status = runInTransaction(db, [&]() -> Status {
        out.emplace(body());
        return out->has_value() ? Status(Ok{}) : Status(out->error());
    });
    if (!status)
        return status.error();
    return std::move(*out);
}

} // namespace trame::storage
