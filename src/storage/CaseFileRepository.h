#pragma once

#include "domain/CaseFile.h"
#include "domain/Result.h"

#include <cstdint>

namespace trame::storage {

class Database;

// A case file and its lists (obstacles, attitude, tools, referrals, plan, indicators) as one
// aggregate: loaded whole, saved whole in one transaction, guarded by a row version.
class CaseFileRepository {
public:
    explicit CaseFileRepository(const Database& db) : m_db(db) {}

    // Stores a new case file; ids of obstacles and plan steps are kept when set (import).
    // Returns the stored version (1). Assigns ids to items that had none.
    Result<std::int64_t> insert(CaseFile& caseFile);
    // Saves over version `caseFile.version` only; returns the new version. A newer stored
    // version is a Conflict and nothing is written. Assigns ids to new items. Given `previous`,
    // the case file as last stored (same version), only the lists that differ are rewritten.
    Result<std::int64_t> save(CaseFile& caseFile, const CaseFile* previous = nullptr);
    Result<CaseFile> load(std::int64_t beneficiaryId) const;

private:
    enum : unsigned {
        kObstacles = 1,
        kAttitude = 2,
        kTools = 4,
        kReferrals = 8,
        kPlan = 16,
        kIndicators = 32,
        kAllLists = 63
    };
    static unsigned changedLists(const CaseFile& caseFile, const CaseFile* previous);
    void writeItems(CaseFile& caseFile, unsigned lists) const;
    void deleteItems(std::int64_t beneficiaryId, unsigned lists) const;

    const Database& m_db;
};

} // namespace trame::storage
