#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqliteError.h"

#include <sqlite3.h>

#include <atomic>

namespace trame::storage {

Transaction::Transaction(const Database& db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle())) {
        if (!db.isStillAtItsPath())
            throw SqliteError(Error{ErrorKind::Io, db.path(),
                                    "was replaced or moved while Trame had it open (restored from a backup?): "
                                    "nothing more is written to the old file; close Trame and start it again"});
        m_db.checkBeforeFirstWrite();
        m_db.exec("BEGIN IMMEDIATE");
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
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const std::string undo = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_db.handle(), undo.c_str(), nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
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
