#pragma once

#include "domain/Audit.h"
#include "domain/BeneficiaryList.h"
#include "domain/Document.h"
#include "domain/Result.h"
#include "domain/SupportPeriod.h"
#include "services/Actor.h"

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

// What users do with case files: list and find people, create one, open a file, save its
// sections and interviews, reassign it. Every call first checks the rule of the program for the
// signed-in user (docs/security.md): a counsellor sees and edits the files assigned to them, a
// supervisor reads them all, nobody else sees one. Every write is validated by the domain's rules,
// stamped with the clock, guarded by the row version (a Conflict when someone saved first) and
// audited in the same transaction; every opening of a file is audited too.
class CaseFiles {
public:
    CaseFiles(Workspace& workspace, const Clock& clock, const Actor& actor);

    // A counsellor's list holds only their own people, whatever the query says.
    Result<std::vector<BeneficiarySummary>> find(const BeneficiaryQuery& query) const;
    Result<std::int64_t> count(const BeneficiaryQuery& query) const;
    // Every row of the list as `query` filters it (its page ignored), to be written out: one audit
    // entry (export of the list, with the number of rows), in the transaction that reads them.
    Result<std::vector<BeneficiarySummary>> exportList(const BeneficiaryQuery& query);

    // Stores a new person with an empty case file and an open support period (from today, programme
    // "autre", when none is given), assigned to the counsellor creating it.
    Result<std::int64_t> create(Beneficiary person, std::optional<SupportPeriod> period = std::nullopt);
    Result<BeneficiaryRecord> open(std::int64_t beneficiaryId) const;

    // Saves over the version the caller loaded; updates `person.version` / `caseFile.version`.
    Status savePerson(Beneficiary& person);
    // Stores the case file's stored form (rules::storedForm: rows not yet named wait, texts of the
    // lists trimmed) and leaves that form, with its new ids and version, in `caseFile`.
    Status saveCaseFile(CaseFile& caseFile);
    // Inserts a new interview (id 0) or updates one; the template version must exist.
    Status saveInterview(Interview& interview);
    // Gives the case file to another (active) counsellor.
    Status reassign(std::int64_t beneficiaryId, const std::string& counsellorLogin);

    // May the user do `action` on this person's file? For screens to hide what would be refused.
    bool may(Action action, const Beneficiary& person) const;

    Result<ReferenceContent> references() const;
    const Clock& clock() const { return m_clock; }
    const Actor& actor() const { return m_actor; }

private:
    Status authorizeOn(Action action, std::int64_t beneficiaryId, const std::string& recordKind) const;
    // The query as this user may run it: a counsellor's is narrowed to their own people.
    Result<BeneficiaryQuery> scoped(const BeneficiaryQuery& query) const;

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
    // Each case file as this service last read or wrote it, so that a save rewrites only the
    // lists that changed (the version check guarantees the store still holds exactly this).
    mutable std::map<std::int64_t, CaseFile> m_stored;
};

// The guide's reference content, which holds no personal data: what the login screen's
// "Consulter le guide" shows without an account.
Result<ReferenceContent> guideContent(Workspace& workspace);

} // namespace trame::services
