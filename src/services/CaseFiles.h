#pragma once

#include "domain/Document.h"
#include "domain/Result.h"
#include "storage/BeneficiaryRepository.h"

#include <cstdint>
#include <map>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

using BeneficiarySummary = storage::BeneficiarySummary;
using BeneficiaryQuery = storage::BeneficiaryQuery;

// What a counsellor does with case files: list and find people, create one, open a file, save
// its sections and interviews. Every write is validated by the domain's rules first, stamped
// with the clock, and guarded by the row version (a Conflict error when someone saved first).
class CaseFiles {
public:
    CaseFiles(Workspace& workspace, const Clock& clock);

    Result<std::vector<BeneficiarySummary>> find(const BeneficiaryQuery& query) const;
    Result<std::int64_t> count(const BeneficiaryQuery& query) const;

    // Stores a new person with an empty case file; returns the new id.
    Result<std::int64_t> create(Beneficiary person);
    Result<BeneficiaryRecord> open(std::int64_t beneficiaryId) const;

    // Saves over the version the caller loaded; updates `person.version` / `caseFile.version`.
    Status savePerson(Beneficiary& person);
    Status saveCaseFile(CaseFile& caseFile);
    // Inserts a new interview (id 0) or updates one; the template version must exist.
    Status saveInterview(Interview& interview);

    Result<ReferenceContent> references() const;
    const Clock& clock() const { return m_clock; }

private:
    Workspace& m_workspace;
    const Clock& m_clock;
    // Each case file as this service last read or wrote it, so that a save rewrites only the
    // lists that changed (the version check guarantees the store still holds exactly this).
    mutable std::map<std::int64_t, CaseFile> m_stored;
};

} // namespace trame::services
