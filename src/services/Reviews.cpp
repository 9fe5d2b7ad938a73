#include "services/Reviews.h"

#include "domain/Text.h"
#include "services/Actor.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

namespace trame::services {

namespace {

Status checkText(const std::string& text, const char* field, bool required)
{
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos)
        return ruleError(field, {rules::kTextEmpty, {}});
    if (auto problem = textRule(text, limits::kMedium, true))
        return ruleError(field, *problem);
    return Ok{};
}

} // namespace

Reviews::Reviews(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Status Reviews::authorizeOn(Action action, std::int64_t beneficiaryId) const
{
    return authorizeOnCaseFile(m_workspace.database(), m_clock, m_actor, action, beneficiaryId);
}

Result<Review> Reviews::pendingRound(std::int64_t beneficiaryId) const
{
    auto pending = storage::ReviewRepository(m_workspace.database()).pendingFor(beneficiaryId);
    if (!pending)
        return pending.error();
    if (!*pending)
        return makeError(ErrorKind::Conflict, {}, "this case file is not waiting for review");
    return std::move(**pending);
}

Result<std::int64_t> Reviews::submit(std::int64_t beneficiaryId, const std::string& note)
{
    storage::Database& db = m_workspace.database();
    const Status allowed = authorizeOn(Action::SubmitForReview, beneficiaryId).and_then([&](Ok) {
        return checkText(note, "note", false);
    });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::int64_t>> {
        Review round;
        round.beneficiaryId = beneficiaryId;
        round.submittedBy = m_actor.accountId();
        round.submittedAt = m_clock.instant();
        round.note = note;
        return storage::ReviewRepository(db).submit(round).transform([&](std::int64_t id) {
            return Audited<std::int64_t>{
                id, {AuditAction::Review, "beneficiary", beneficiaryId, "submitted review=" + std::to_string(id)}};
        });
    });
}

Result<std::int64_t> Reviews::comment(std::int64_t beneficiaryId, CaseSection section, const std::string& text)
{
    storage::Database& db = m_workspace.database();
    const Status allowed = authorizeOn(Action::ReviewCaseFile, beneficiaryId).and_then([&](Ok) {
        return checkText(text, "comment", true);
    });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::int64_t>> {
        auto pending = pendingRound(beneficiaryId);
        if (!pending)
            return pending.error();
        ReviewComment comment;
        comment.section = section;
        comment.author = m_actor.accountId();
        comment.writtenAt = m_clock.instant();
        comment.text = text;
        return storage::ReviewRepository(db).comment(pending->id, comment).transform([&](std::int64_t id) {
            return Audited<std::int64_t>{id,
                                         {AuditAction::Review, "beneficiary", beneficiaryId,
                                          "comment section=" + std::string(toString(section))}};
        });
    });
}

Status Reviews::requestChanges(std::int64_t beneficiaryId, const std::string& note)
{
    return decide(beneficiaryId, ReviewState::ChangesRequested, note);
}

Status Reviews::validate(std::int64_t beneficiaryId, const std::string& note)
{
    return decide(beneficiaryId, ReviewState::Validated, note);
}

Status Reviews::decide(std::int64_t beneficiaryId, ReviewState outcome, const std::string& note)
{
    storage::Database& db = m_workspace.database();
    const Status allowed =
        authorizeOn(Action::ReviewCaseFile, beneficiaryId).and_then([&](Ok) { return checkText(note, "note", false); });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<Ok>> {
        auto pending = pendingRound(beneficiaryId);
        if (!pending)
            return pending.error();
        return storage::ReviewRepository(db)
            .decide(pending->id, outcome, m_actor.accountId(), m_clock.instant(), note)
            .transform([&](Ok) {
                return Audited<Ok>{
                    {},
                    {AuditAction::Review, "beneficiary", beneficiaryId, "outcome=" + std::string(toString(outcome))}};
            });
    });
}

Result<std::vector<PendingReview>> Reviews::queue() const
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, m_actor, Action::ReviewCaseFile, Scope::Any);
        !allowed)
        return allowed.error();
    return storage::ReviewRepository(m_workspace.database()).pending();
}

Result<std::vector<ReturnedCaseFile>> Reviews::returnedToMe() const
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, m_actor, Action::EditCaseFile, Scope::Own);
        !allowed)
        return allowed.error();
    return storage::ReviewRepository(m_workspace.database()).returnedTo(m_actor.login());
}

Result<std::vector<Review>> Reviews::history(std::int64_t beneficiaryId) const
{
    if (Status allowed = authorizeOn(Action::ReadCaseFile, beneficiaryId); !allowed)
        return allowed.error();
    return storage::ReviewRepository(m_workspace.database()).history(beneficiaryId);
}

} // namespace trame::services
