#pragma once

#include "domain/Result.h"
#include "domain/SupportPeriod.h"

#include <cstdint>
#include <vector>

namespace trame::storage {

class Database;

// A person's support periods with their pauses, and the two lists periods draw on.
class PeriodRepository {
public:
    explicit PeriodRepository(const Database& db) : m_db(db) {}

    // Oldest first, each with its pauses.
    Result<std::vector<SupportPeriod>> periodsOf(std::int64_t beneficiaryId) const;
    // Keeps `period.id` when set (import), else assigns one; a second open period is a Conflict.
    Result<std::int64_t> insert(const SupportPeriod& period);
    // Saves over version `period.version` only (a Conflict otherwise); returns the new version.
    Result<std::int64_t> update(const SupportPeriod& period);
    // The status the beneficiary list shows follows the current period (no new row version: the
    // person's own fields did not change).
    Status setBeneficiaryStatus(std::int64_t beneficiaryId, BeneficiaryStatus status);

    // In the administrator's order; retired ones included.
    Result<std::vector<Programme>> programmes() const;
    Result<std::vector<ExitReason>> exitReasons() const;
    // Adds a new code at the end of its list (a Conflict when it is there already), or changes the
    // entry under an existing code (NotFound when there is none).
    Status addProgramme(const Programme& programme);
    Status changeProgramme(const Programme& programme);
    Status addExitReason(const ExitReason& reason);
    Status changeExitReason(const ExitReason& reason);

private:
    void writePauses(const SupportPeriod& period, std::int64_t periodId);
    const Database& m_db;
};

} // namespace trame::storage
