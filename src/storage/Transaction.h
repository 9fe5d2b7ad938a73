#pragma once

namespace trame::storage {

class Database;

// BEGIN IMMEDIATE on construction, so that the write lock (and the busy wait) comes first;
// rolls back on destruction unless commit() was called. Throws SqliteError.
class Transaction {
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    const Database& m_db;
    bool m_done = false;
};

} // namespace trame::storage
