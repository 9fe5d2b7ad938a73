#include "services/CaseFiles.h"

#include "domain/Validation.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/CaseFileRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/RecordLoader.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

namespace trame::services {

CaseFiles::CaseFiles(Workspace& workspace, const Clock& clock) : m_workspace(workspace), m_clock(clock) {}

Result<std::vector<BeneficiarySummary>> CaseFiles::find(const BeneficiaryQuery& query) const
{
    return storage::BeneficiaryRepository(m_workspace.database()).find(query);
}

Result<std::int64_t> CaseFiles::count(const BeneficiaryQuery& query) const
{
    return storage::BeneficiaryRepository(m_workspace.database()).count(query);
}

Result<std::int64_t> CaseFiles::create(Beneficiary person)
{
    person.id = 0;
    person.createdAt = person.updatedAt = m_clock.timestamp();
    if (Status valid = validate(person, ""); !valid)
        return valid.error();
    storage::Database& db = m_workspace.database();
    std::int64_t id = 0;
    const Status written = storage::inTransaction(db, [&]() -> Status {
        auto inserted = storage::BeneficiaryRepository(db).insert(person);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        CaseFile empty;
        empty.beneficiaryId = id;
        empty.updatedAt = person.createdAt;
        if (auto stored = storage::CaseFileRepository(db).insert(empty); !stored)
            return stored.error();
        return Ok{};
    });
    if (!written)
        return written.error();
    return id;
}

Result<BeneficiaryRecord> CaseFiles::open(std::int64_t id) const
{
    auto record = storage::loadRecord(m_workspace.database(), id);
    if (record)
        m_stored[id] = record->caseFile;
    return record;
}

Status CaseFiles::savePerson(Beneficiary& person)
{
    Beneficiary stamped = person;
    stamped.updatedAt = m_clock.timestamp();
    if (Status valid = validate(stamped, ""); !valid)
        return valid;
    auto version = storage::BeneficiaryRepository(m_workspace.database()).update(stamped);
    if (!version)
        return version.error();
    person = stamped;
    person.version = *version;
    return Ok{};
}

Status CaseFiles::saveCaseFile(CaseFile& caseFile)
{
    CaseFile stamped = caseFile;
    stamped.updatedAt = m_clock.timestamp();
    if (Status valid = validate(stamped, ""); !valid)
        return valid;
    const auto stored = m_stored.find(caseFile.beneficiaryId);
    const CaseFile* previous = stored == m_stored.end() ? nullptr : &stored->second;
    auto version = storage::CaseFileRepository(m_workspace.database()).save(stamped, previous);
    if (!version)
        return version.error();
    caseFile = stamped; // with the ids given to new items
    m_stored[caseFile.beneficiaryId] = caseFile;
    return Ok{};
}

Status CaseFiles::saveInterview(Interview& interview)
{
    storage::Database& db = m_workspace.database();
    auto templates = storage::ReferenceRepository(db).templates();
    if (!templates)
        return templates.error();
    const InterviewTemplate* used = nullptr;
    for (const InterviewTemplate& t : *templates)
        if (t.version == interview.templateVersion)
            used = &t;
    if (!used)
        return makeError(ErrorKind::Invalid, "template_version",
                         "template version " + std::to_string(interview.templateVersion) + " is unknown");
    if (Status valid = validate(interview, "", used); !valid)
        return valid;
    storage::InterviewRepository repo(db);
    if (interview.id == 0) {
        auto id = repo.insert(interview);
        return id ? Status(Ok{}) : Status(id.error());
    }
    auto version = repo.update(interview);
    return version ? Status(Ok{}) : Status(version.error());
}

Result<ReferenceContent> CaseFiles::references() const
{
    return storage::ReferenceRepository(m_workspace.database()).load();
}

} // namespace trame::services
