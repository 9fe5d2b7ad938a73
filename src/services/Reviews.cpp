#include "services/Reviews.h"

#include "domain/Text.h"
#include "services/Actor.h"
#include "services/AuditTrail.h"
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
        return makeError(ErrorKind::Invalid, field, "the text is empty");
    if (auto problem = textProblem(text, limits::kMedium, true))
        return makeError(ErrorKind::Invalid, field, *problem);
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
    if (Status allowed = authorizeOn(Action::SubmitForReview, beneficiaryId); !allowed)
        return allowed.error();
    if (Status valid = checkText(note, "note", false); !valid)
        return valid.error();
    storage::Database& db = m_workspace.database();
    Review round;
    round.beneficiaryId = beneficiaryId;
    round.submittedBy = m_actor.accountId();
    round.submittedAt = m_clock.timestamp();
    round.note = note;
    std::int64_t id = 0;
    const Status done = storage::inTransaction(db, [&]() -> Status {
        auto opened = storage::ReviewRepository(db).submit(round);
        if (!opened)
            return opened.error();
        id = *opened;
        return recordEvent(
            db, m_clock, m_actor.accountId(),
            {AuditAction::Review, "beneficiary", beneficiaryId, "submitted review=" + std::to_string(id)});
    });
    if (!done)
        return done.error();
    return id;
}

Result<std::int64_t> Reviews::comment(std::int64_t beneficiaryId, CaseSection section, const std::string& text)
{
    if (Status allowed = authorizeOn(Action::ReviewCaseFile, beneficiaryId); !allowed)
        return allowed.error();
    if (Status valid = checkText(text, "comment", true); !valid)
        return valid.error();
    auto pending = pendingRound(beneficiaryId);
    if (!pending)
        return pending.error();
    storage::Database& db = m_workspace.database();
    ReviewComment comment;
    comment.section = section;
    comment.author = m_actor.accountId();
    comment.writtenAt = m_clock.timestamp();
    comment.text = text;
    std::int64_t id = 0;
    const Status done = storage::inTransaction(db, [&]() -> Status {
        auto written = storage::ReviewRepository(db).comment(pending->id, comment);
        if (!written)
            return written.error();
        id = *written;
        return recordEvent(
            db, m_clock, m_actor.accountId(),
            {AuditAction::Review, "beneficiary", beneficiaryId, "comment section=" + std::string(toString(section))});
    });
    if (!done)
        return done.error();
    return id;
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
    if (Status allowed = authorizeOn(Action::ReviewCaseFile, beneficiaryId); !allowed)
        return allowed;
    if (Status valid = checkText(note, "note", false); !valid)
        return valid;
    auto pending = pendingRound(beneficiaryId);
    if (!pending)
        return pending.error();
    storage::Database& db = m_workspace.database();
    return storage::inTransaction(db, [&]() -> Status {
        if (Status decided = storage::ReviewRepository(db).decide(pending->id, outcome, m_actor.accountId(),
                                                                  m_clock.timestamp(), note);
            !decided)
            return decided;
        return recordEvent(
            db, m_clock, m_actor.accountId(),
            {AuditAction::Review, "beneficiary", beneficiaryId, "outcome=" + std::string(toString(outcome))});
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
