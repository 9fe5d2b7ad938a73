#include "services/CaseFiles.h"

#include "domain/AppointmentRules.h"

#include "domain/CaseFileRules.h"
#include "domain/PeriodRules.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AccountRepository.h"
#include "storage/AppointmentRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseFileRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/PeriodRepository.h"
#include "storage/RecordLoader.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <limits>

namespace trame::services {

namespace {

// The appointment a new interview records, linked to it and honoured; its id, or none.
Result<std::optional<std::int64_t>> linkAppointment(storage::Database& db, const Interview& interview,
                                                    const LocalTime& now)
{
    storage::AppointmentRepository appointments(db);
    auto ofPerson = appointments.forBeneficiary(interview.beneficiaryId);
    if (!ofPerson)
        return ofPerson.error();
    auto recorded = rules::appointmentOfInterview(*ofPerson, interview.heldOn, now);
    if (!recorded)
        return std::optional<std::int64_t>();
    recorded->interviewId = interview.id;
    if (auto version = appointments.update(*recorded); !version)
        return version.error();
    return std::optional<std::int64_t>(recorded->id);
}

} // namespace

CaseFiles::CaseFiles(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Status CaseFiles::authorizeOn(Action action, std::int64_t beneficiaryId, const std::string& recordKind) const
{
    return authorizeOnCaseFile(m_workspace.database(), m_clock, m_actor, action, beneficiaryId, recordKind);
}

Result<BeneficiaryQuery> CaseFiles::scoped(const BeneficiaryQuery& query) const
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, m_actor, Action::ListCaseFiles, Scope::Any);
        !allowed)
        return allowed.error();
    BeneficiaryQuery own = query;
    if (!m_actor.may(Action::ReadCaseFile, Scope::Other))
        own.counsellor = m_actor.login();
    return own;
}

bool CaseFiles::may(Action action, const Beneficiary& person) const
{
    return m_actor.may(action, m_actor.scopeFor(person.counsellor)) && allowedWhile(action, person.status);
}

Result<std::vector<BeneficiarySummary>> CaseFiles::find(const BeneficiaryQuery& query) const
{
    auto own = scoped(query);
    if (!own)
        return own.error();
    return storage::BeneficiaryRepository(m_workspace.database()).find(*own);
}

Result<std::vector<BeneficiarySummary>> CaseFiles::exportList(const BeneficiaryQuery& query)
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::ExportList, Scope::Any); !allowed)
        return allowed.error();
    auto own = scoped(query);
    if (!own)
        return own.error();
    own->offset = 0;
    return auditedChange(db, m_clock, m_actor, [&]() -> Result<Audited<std::vector<BeneficiarySummary>>> {
        const storage::BeneficiaryRepository people(db);
        auto total = people.count(*own);
        if (!total)
            return total.error();
        own->limit = static_cast<int>(std::min<std::int64_t>(*total, std::numeric_limits<int>::max()));
        auto rows = people.find(*own);
        if (!rows)
            return rows.error();
        AuditEvent event{AuditAction::Export, "list", std::nullopt, "rows=" + std::to_string(rows->size())};
        return Audited<std::vector<BeneficiarySummary>>{std::move(rows).value(), std::move(event)};
    });
}

Result<std::int64_t> CaseFiles::count(const BeneficiaryQuery& query) const
{
    auto own = scoped(query);
    if (!own)
        return own.error();
    return storage::BeneficiaryRepository(m_workspace.database()).count(*own);
}

Result<std::int64_t> CaseFiles::create(Beneficiary person, std::optional<SupportPeriod> period)
{
    person.id = 0;
    person.counsellor = m_actor.login();
    person.createdAt = person.updatedAt = m_clock.instant();
    person.status = BeneficiaryStatus::Active;
    SupportPeriod entry = period.value_or(SupportPeriod{});
    if (!period) {
        entry.entryDate = m_clock.today();
        entry.programme = "autre";
    }
    entry.referent = m_actor.login();
    storage::Database& db = m_workspace.database();
    const Status allowed =
        authorize(db, m_clock, m_actor, Action::CreateCaseFile, Scope::Own)
            .and_then([&](Ok) { return validate(person, ""); })
            .and_then([&](Ok) -> Status {
                auto programmes = storage::PeriodRepository(db).programmes();
                if (!programmes)
                    return programmes.error();
                if (Status known = rules::requireKnownProgramme(*programmes, entry.programme, "period"); !known)
                    return known;
                return rules::reopen({}, entry).transform([](auto) { return Ok{}; });
            });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::int64_t>> {
        auto id = storage::BeneficiaryRepository(db).insert(person);
        if (!id)
            return id.error();
        CaseFile empty;
        empty.beneficiaryId = *id;
        empty.updatedAt = person.createdAt;
        if (auto stored = storage::CaseFileRepository(db).insert(empty); !stored)
            return stored.error();
        entry.beneficiaryId = *id;
        if (auto opened = storage::PeriodRepository(db).insert(entry); !opened)
            return opened.error();
        return Audited<std::int64_t>{*id, {AuditAction::Create, "beneficiary", *id, {}}};
    });
}

Result<BeneficiaryRecord> CaseFiles::open(std::int64_t id) const
{
    if (Status allowed = authorizeOn(Action::ReadCaseFile, id, "beneficiary"); !allowed)
        return allowed.error();
    storage::Database& db = m_workspace.database();
    std::optional<BeneficiaryRecord> loaded;
    // The view entry records a reading, not data: its commit does not wait for the disk, and
    // reaches it with the next save (docs/security.md). Opening a file stays as fast as reading it.
    const storage::RelaxedSync relaxed(db);
    const Status done = storage::inTransaction(db, [&]() -> Status {
        auto record = storage::loadRecord(db, id);
        if (!record)
            return record.error();
        loaded = std::move(record).value();
        return recordEvent(db, m_clock, m_actor.accountId(), {AuditAction::View, "beneficiary", id, {}});
    });
    if (!done)
        return done.error();
    m_stored[id] = loaded->caseFile;
    return std::move(*loaded);
}

Status CaseFiles::savePerson(Beneficiary& person)
{
    storage::Database& db = m_workspace.database();
    Beneficiary stamped = person;
    stamped.updatedAt = m_clock.instant();
    const Status allowed = authorizeOn(Action::EditProfile, person.id, "beneficiary")
                               .and_then([&](Ok) -> Status {
                                   auto stored = storage::BeneficiaryRepository(db).get(person.id);
                                   if (!stored)
                                       return stored.error();
                                   if (person.counsellor != stored->counsellor)
                                       return makeError(ErrorKind::Denied, "counsellor",
                                                        "only a supervisor gives a case file to another counsellor");
                                   // The status follows the support period (SupportPeriods), not the form.
                                   stamped.status = stored->status;
                                   return Ok{};
                               })
                               .and_then([&](Ok) { return validate(stamped, ""); });
    auto version = authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::int64_t>> {
        return storage::BeneficiaryRepository(db).update(stamped).transform([&](std::int64_t stored) {
            return Audited<std::int64_t>{stored, {AuditAction::Change, "beneficiary", person.id, {}}};
        });
    });
    if (!version)
        return version.error();
    person = stamped;
    person.version = *version;
    return Ok{};
}

Status CaseFiles::saveCaseFile(CaseFile& caseFile)
{
    storage::Database& db = m_workspace.database();
    CaseFile stamped = rules::storedForm(caseFile);
    stamped.updatedAt = m_clock.instant();
    const Status allowed = authorizeOn(Action::EditCaseFile, caseFile.beneficiaryId, "case_file").and_then([&](Ok) {
        return validate(stamped, "");
    });
    const auto stored = m_stored.find(caseFile.beneficiaryId);
    const CaseFile* previous = stored == m_stored.end() ? nullptr : &stored->second;
    const Status done = authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<Ok>> {
        return storage::CaseFileRepository(db).save(stamped, previous).transform([&](auto) {
            return Audited<Ok>{{}, {AuditAction::Change, "case_file", caseFile.beneficiaryId, {}}};
        });
    });
    if (!done)
        return done;
    caseFile = stamped; // as stored, with the ids given to new items
    m_stored[caseFile.beneficiaryId] = caseFile;
    return Ok{};
}

Status CaseFiles::saveInterview(Interview& interview)
{
    if (Status allowed = authorizeOn(Action::EditCaseFile, interview.beneficiaryId, "interview"); !allowed)
        return allowed;
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
    Interview saved = interview;
    const Status done = auditedChange(db, m_clock, m_actor, [&]() -> Result<Audited<Ok>> {
        const bool isNew = saved.id == 0;
        std::string detail = "beneficiary=" + std::to_string(saved.beneficiaryId);
        if (isNew) {
            if (auto id = repo.insert(saved); !id)
                return id.error();
            // A new interview is the record of the appointment the person came to, if any.
            auto linked = linkAppointment(db, saved, m_clock.localNow());
            if (!linked)
                return linked.error();
            if (*linked)
                detail += " appointment=" + std::to_string(**linked);
        } else if (auto version = repo.update(saved); !version) {
            return version.error();
        }
        return Audited<Ok>{
            {}, {isNew ? AuditAction::Create : AuditAction::Change, "interview", saved.id, std::move(detail)}};
    });
    if (done)
        interview = saved;
    return done;
}

Status CaseFiles::reassign(std::int64_t beneficiaryId, const std::string& counsellorLogin)
{
    if (Status allowed = authorizeOn(Action::Reassign, beneficiaryId, "beneficiary"); !allowed)
        return allowed;
    storage::Database& db = m_workspace.database();
    auto target = storage::AccountRepository(db).findByLogin(counsellorLogin);
    if (!target)
        return target.error();
    if (!*target || !(*target)->active || (*target)->role != Role::Counsellor)
        return makeError(ErrorKind::Invalid, "counsellor", "'" + counsellorLogin + "' is not an active counsellor");
    const std::int64_t to = (*target)->id;
    return auditedChange(db, m_clock, m_actor, [&]() -> Result<Audited<Ok>> {
        return storage::BeneficiaryRepository(db)
            .setCounsellor(beneficiaryId, counsellorLogin, m_clock.instant())
            .transform([&](Ok) {
                return Audited<Ok>{
                    {}, {AuditAction::Change, "beneficiary", beneficiaryId, "reassigned_to=" + std::to_string(to)}};
            });
    });
}

Result<ReferenceContent> CaseFiles::references() const
{
    if (Status allowed = require(m_actor.role(), Action::ReadReferences, Scope::Any); !allowed)
        return allowed.error();
    return guideContent(m_workspace);
}

Result<ReferenceContent> guideContent(Workspace& workspace)
{
    return storage::ReferenceRepository(workspace.database()).load();
}

} // namespace trame::services
