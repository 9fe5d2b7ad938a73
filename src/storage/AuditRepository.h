#pragma once

#include "domain/Audit.h"
#include "domain/Result.h"

#include <string>
#include <vector>

namespace trame::storage {

class Database;

// The append-only audit trail. Appending inside the caller's transaction is what makes an entry
// and the change it records commit or roll back together.
class AuditRepository {
public:
    explicit AuditRepository(const Database& db) : m_db(db) {}

    Result<std::int64_t> append(const AuditEntry& entry) const;
    // Newest first.
    Result<std::vector<AuditEntry>> list(const AuditFilter& filter) const;
    // Deletes the entries dated before `cutoff` (which the schema's trigger allows only when
    // they are over 12 months old); returns how many went.
    Result<std::int64_t> purgeBefore(const Timestamp& cutoff) const;

private:
    const Database& m_db;
};

} // namespace trame::storage
