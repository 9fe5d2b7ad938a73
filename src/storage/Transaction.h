#pragma once

#include "domain/Result.h"

#include <functional>
#include <string>

namespace trame::storage {

class Database;

// BEGIN IMMEDIATE when no transaction is open (the write lock, and the busy wait, come first),
// a SAVEPOINT inside an open one, so that repository writes compose. Rolls back on destruction
// unless commit() was called. Throws SqliteError.
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

// Runs `body` in one transaction: committed when it returns Ok, rolled back when it returns an
// error or throws. What services use to make several repository calls all-or-nothing.
Status inTransaction(const Database& db, const std::function<Status()>& body);

} // namespace trame::storage
