#include "services/DataRights.h"

#include "domain/Document.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/PersonRemoval.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <nlohmann/json.hpp>

namespace trame::services {

namespace {

nlohmann::json reviewJson(const Review& r)
{
    nlohmann::json comments = nlohmann::json::array();
    for (const ReviewComment& c : r.comments)
        comments.push_back({{"section", toString(c.section)},
                            {"author", c.authorName},
                            {"written_at", c.writtenAt.toString()},
                            {"text", c.text}});
    nlohmann::json j = {{"submitted_by", r.submitterName},
                        {"submitted_at", r.submittedAt.toString()},
                        {"note", r.note},
                        {"comments", comments}};
    if (r.outcome) {
        j["outcome"] = toString(*r.outcome);
        j["decided_by"] = r.deciderName;
        j["decided_at"] = r.decidedAt ? r.decidedAt->toString() : std::string();
        j["decision_note"] = r.decisionNote;
    }
    return j;
}

} // namespace

DataRights::DataRights(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Result<std::string> DataRights::exportPerson(std::int64_t id)
{
    ExportOptions options;
    options.beneficiary = id;
    auto document = Exchange(m_workspace, m_clock, m_actor).exportText(options); // checked and audited
    if (!document)
        return document.error();
    auto rounds = storage::ReviewRepository(m_workspace.database()).history(id);
    if (!rounds)
        return rounds.error();
    nlohmann::json reviews = nlohmann::json::array();
    for (const Review& r : *rounds)
        reviews.push_back(reviewJson(r));
    const nlohmann::json out = {{"format", "trame-person/1"},
                                {"exported_at", m_clock.instant().toString()},
                                {"record", nlohmann::json::parse(*document)},
                                {"reviews", reviews}};
    return out.dump(2) + "\n";
}

Result<Beneficiary> DataRights::identify(std::int64_t id)
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::ErasePerson, Scope::Any, "beneficiary", id); !allowed)
        return allowed.error();
    // The read and its audit entry in one transaction: no look without its trace.
    return storage::inTransaction(db, [&]() -> Result<Beneficiary> {
        Result<Beneficiary> person = storage::BeneficiaryRepository(db).get(id);
        if (!person)
            return person;
        if (Status logged =
                recordEvent(db, m_clock, m_actor.accountId(), {AuditAction::View, "beneficiary", id, "identify"});
            !logged)
            return logged.error();
        return person;
    });
}

Result<bool> DataRights::erase(std::int64_t id)
{
    storage::Database& db = m_workspace.database();
    const storage::PersonRemoval removal(db);
    const Status removed = authorizedChange(
        db, m_clock, m_actor, authorize(db, m_clock, m_actor, Action::ErasePerson, Scope::Any, "beneficiary", id),
        [&]() -> Result<Audited<Ok>> {
            return removal.remove(id, storage::RemovalReason::Erasure, m_clock.today()).transform([&](Ok) {
                return Audited<Ok>{{}, {AuditAction::Erase, "beneficiary", id, {}}};
            });
        });
    if (!removed)
        return removed.error();
    const Status scrubbed = removal.scrub();
    if (!scrubbed && scrubbed.error().kind == ErrorKind::Busy)
        return false; // erased; a reader only delays the log's cleaning
    if (!scrubbed)
        return scrubbed.error();
    return true;
}

Date DataRights::cutoff() const
{
    return m_clock.today().addMonths(-retention::kMonthsWithoutContact);
}

Result<std::vector<RetentionCandidate>> DataRights::retentionCandidates() const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::ApplyRetention, Scope::Any); !allowed)
        return allowed.error();
    return storage::PersonRemoval(db).lastContactBefore(cutoff());
}

Result<std::size_t> DataRights::applyRetention()
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::ApplyRetention, Scope::Any); !allowed)
        return allowed.error();
    const storage::PersonRemoval removal(db);
    // One entry per person anonymised, all in the transaction that removes them.
    const auto count = storage::inTransaction(db, [&]() -> Result<std::size_t> {
        auto due = removal.lastContactBefore(cutoff());
        if (!due)
            return due.error();
        for (const RetentionCandidate& person : *due) {
            if (Status gone = removal.remove(person.id, storage::RemovalReason::Retention, m_clock.today()); !gone)
                return gone.error();
            if (Status logged = recordEvent(db, m_clock, m_actor.accountId(),
                                            {AuditAction::Anonymise, "beneficiary", person.id,
                                             "last_contact=" + person.lastContact.toString()});
                !logged)
                return logged.error();
        }
        return due->size();
    });
    if (!count)
        return count.error();
    if (*count > 0)
        if (Status scrubbed = removal.scrub(); !scrubbed)
            return scrubbed.error();
    return count;
}

} // namespace trame::services
