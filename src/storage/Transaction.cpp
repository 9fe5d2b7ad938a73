#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace trame::storage {

Transaction::Transaction(const Database& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace trame::storage
