#pragma once

#include "domain/Audit.h"
#include "domain/Result.h"

#include <functional>
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

    // The chain of the newest entry, "" when there is none or it predates the chain.
    Result<std::string> lastChain() const;
    // The first entry that must be chained (those before were written before schema 7).
    Result<std::int64_t> chainStart() const;
    // Every entry from `firstId` on, oldest first, until `visit` returns false.
    Status forEachFrom(std::int64_t firstId, const std::function<bool(const AuditEntry&)>& visit) const;
    // How many of the triggers that refuse changes and early deletions are missing (someone
    // dropped them with another tool), and putting them back.
    Result<int> missingGuards() const;
    Status reinstallGuards() const;

private:
    const Database& m_db;
};

} // namespace trame::storage
