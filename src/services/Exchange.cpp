#include "services/Exchange.h"

#include "services/Clock.h"
#include "services/Seed.h"

#include "domain/Document.h"
#include "domain/PeriodRules.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
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
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace trame::services {

namespace {

// Re-labels a storage error with the path of the record that caused it.
Error at(const std::string& path, Error error)
{
    if (error.kind == ErrorKind::Conflict)
        error.kind = ErrorKind::Invalid; // an id taken in this file is a problem of the input
    error.path = error.path.empty() ? path : path + "." + error.path;
    return error;
}

// A file's periods must use the database's programmes and exit reasons and follow the period
// rules; a file written before periods gives each person the period they had then.
Status importPeriods(storage::Database& db, BeneficiaryRecord& record, const std::string& path)
{
    storage::PeriodRepository repo(db);
    auto programmes = repo.programmes();
    auto reasons = repo.exitReasons();
    if (!programmes || !reasons)
        return programmes ? reasons.error() : programmes.error();
    if (record.periods.empty())
        record.periods.push_back(rules::periodBeforePeriods(record.person));
    const std::string where = path + ".periods";
    if (Status valid = rules::validateHistory(record.periods, *reasons, where); !valid)
        return valid;
    for (std::size_t i = 0; i < record.periods.size(); ++i) {
        const std::string one = where + "[" + std::to_string(i) + "]";
        if (Status known = rules::requireKnownProgramme(*programmes, record.periods[i].programme, one); !known)
            return known;
        record.periods[i].beneficiaryId = record.person.id;
        if (auto inserted = repo.insert(record.periods[i]); !inserted)
            return at(one, inserted.error());
    }
    return repo.setBeneficiaryStatus(record.person.id, rules::statusOf(record.periods.back()));
}

// A file's appointments are seen by counsellors who have an account here, and link only to the
// person's own interviews.
Status importAppointments(storage::Database& db, const BeneficiaryRecord& record, const std::string& path)
{
    const storage::AccountRepository accounts(db);
    storage::AppointmentRepository repo(db);
    for (std::size_t i = 0; i < record.appointments.size(); ++i) {
        const Appointment& a = record.appointments[i];
        const std::string one = path + ".appointments[" + std::to_string(i) + "]";
        auto account = accounts.findByLogin(a.counsellor);
        if (!account)
            return account.error();
        if (!*account)
            return makeError(ErrorKind::Invalid, one + ".counsellor",
                             "'" + a.counsellor + "' is not an account of this database");
        const bool linked =
            !a.interviewId || std::any_of(record.interviews.begin(), record.interviews.end(),
                                          [&](const Interview& held) { return held.id == *a.interviewId; });
        if (!linked)
            return makeError(ErrorKind::Invalid, one + ".interview_id", "is not one of this person's interviews");
        if (auto inserted = repo.insert(a); !inserted)
            return at(one, inserted.error());
    }
    return Ok{};
}

Status importRecord(storage::Database& db, BeneficiaryRecord& record, const std::string& path, const Clock& clock)
{
    // A person from a file that does not say when they were created counts from the import, so
    // that retention has a date for everyone.
    if (!record.person.createdAt)
        record.person.createdAt = clock.instant();
    if (!record.person.updatedAt)
        record.person.updatedAt = record.person.createdAt;
    if (auto inserted = storage::BeneficiaryRepository(db).insert(record.person); !inserted)
        return at(path, inserted.error());
    if (auto inserted = storage::CaseFileRepository(db).insert(record.caseFile); !inserted)
        return at(path + ".case_file", inserted.error());
    for (std::size_t i = 0; i < record.interviews.size(); ++i)
        if (auto inserted = storage::InterviewRepository(db).insert(record.interviews[i]); !inserted)
            return at(path + ".interviews[" + std::to_string(i) + "]", inserted.error());
    if (Status periods = importPeriods(db, record, path); !periods)
        return periods;
    return importAppointments(db, record, path);
}

} // namespace

Exchange::Exchange(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Status Exchange::authorizeExport(const ExportOptions& options)
{
    storage::Database& db = m_workspace.database();
    if (!options.beneficiaries)
        return authorize(db, m_clock, m_actor, Action::ReadReferences, Scope::Any);
    if (!options.beneficiary)
        return authorize(db, m_clock, m_actor, Action::ExportAll, Scope::Any);
    return authorizeOnCaseFile(db, m_clock, m_actor, Action::ExportPerson, *options.beneficiary);
}

Result<std::string> Exchange::exportText(const ExportOptions& options)
{
    auto doc = collect(options);
    if (!doc)
        return doc.error();
    return serializeDocument(*doc);
}

Result<Document> Exchange::collect(const ExportOptions& options)
{
    if (Status allowed = authorizeExport(options); !allowed)
        return allowed.error();
    storage::Database& db = m_workspace.database();
    return storage::guarded([&]() -> Result<Document> {
        // The entry and the reads share one transaction: what is exported is exactly what the
        // entry says was exported.
        storage::Transaction transaction(db);
        const AuditEvent event = options.beneficiary
                                     ? AuditEvent{AuditAction::Export, "beneficiary", *options.beneficiary, {}}
                                     : AuditEvent{AuditAction::Export, "file", std::nullopt,
                                                  options.beneficiaries ? "everyone" : "references"};
        if (Status logged = recordEvent(db, m_clock, m_actor.accountId(), event); !logged)
            return logged.error();
        Document doc;
        if (options.beneficiaries) {
            std::vector<std::int64_t> ids;
            if (options.beneficiary) {
                ids = {*options.beneficiary};
            } else {
                auto all = storage::BeneficiaryRepository(db).allIds();
                if (!all)
                    return all.error();
                ids = std::move(all).value();
            }
            for (const std::int64_t id : ids) {
                auto record = storage::loadRecord(db, id);
                if (!record)
                    return record.error();
                doc.beneficiaries.push_back(std::move(record).value());
            }
        }
        if (options.references) {
            auto references = storage::ReferenceRepository(db).load();
            if (!references)
                return references.error();
            doc.references = std::move(references).value();
        }
        transaction.commit();
        return doc;
    });
}

Result<ImportSummary> Exchange::import(std::string_view text)
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::Import, Scope::Any); !allowed)
        return allowed.error();
    auto templates = storage::ReferenceRepository(db).templates();
    if (!templates)
        return templates.error();
    auto parsed = parseDocument(text, *templates);
    if (!parsed)
        return parsed.error();
    Document& doc = *parsed;

    return auditedChange(db, m_clock, m_actor, [&]() -> Result<Audited<ImportSummary>> {
        ImportSummary summary;
        for (std::size_t i = 0; i < doc.beneficiaries.size(); ++i) {
            if (Status status =
                    importRecord(db, doc.beneficiaries[i], "beneficiaries[" + std::to_string(i) + "]", m_clock);
                !status)
                return status.error();
            summary.interviews += doc.beneficiaries[i].interviews.size();
        }
        summary.beneficiaries = doc.beneficiaries.size();
        if (doc.references) {
            storage::ReferenceRepository references(db);
            auto stored = references.seedVersion();
            if (!stored)
                return stored.error();
            if (doc.references->seedVersion > *stored) {
                auto inUse = references.keysInUse();
                if (!inUse)
                    return inUse.error();
                if (Status whole = checkReplacement(*doc.references, *inUse); !whole)
                    return whole.error();
                if (Status replaced = references.replace(*doc.references); !replaced)
                    return at("references", replaced.error());
                summary.referencesUpdated = true;
            }
        }
        const std::string detail = "beneficiaries=" + std::to_string(summary.beneficiaries) +
                                   " interviews=" + std::to_string(summary.interviews);
        return Audited<ImportSummary>{summary, {AuditAction::Import, "file", std::nullopt, detail}};
    });
}

} // namespace trame::services
