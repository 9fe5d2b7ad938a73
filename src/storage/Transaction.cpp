#include "storage/Transaction.h"

#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <atomic>

namespace trame::storage {

Transaction::Transaction(const Database& db) : m_db(db)
{
    if (!db.connection().inTransaction()) {
        if (!db.isStillAtItsPath())
            throw StorageError(Error{ErrorKind::Io, db.path(),
                                     "was replaced or moved while Trame had it open (restored from a backup?): "
                                     "nothing more is written to the old file; close Trame and start it again"});
        m_db.checkBeforeFirstWrite();
        try {
            m_db.exec(beginWriteSql(db));
        } catch (const StorageError&) {
            // A server begins, then waits for the write lock: a lock that never came leaves a
            // transaction open, which would refuse every later statement of the connection.
            m_db.connection().execQuietly("ROLLBACK");
            throw;
        }
    } else {
        static std::atomic<int> counter{0};
        m_savepoint = "trame_sp" + std::to_string(++counter);
        m_db.exec("SAVEPOINT " + m_savepoint);
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_savepoint.empty()) {
        m_db.connection().execQuietly("ROLLBACK");
    } else {
        const std::string undo = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        m_db.connection().execQuietly(undo);
    }
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
}

const char* beginWriteSql(const Database& db)
{
    return db.sql("BEGIN IMMEDIATE", "BEGIN; SELECT pg_advisory_xact_lock(7283)");
}

Status runInTransaction(const Database& db, const std::function<Status()>& body)
{
    return guarded([&]() -> Status {
        Transaction transaction(db);
        Status status = body();
        if (status)
            transaction.commit();
        return status;
    });
}

} // namespace trame::storage
