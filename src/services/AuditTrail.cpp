#include "services/AuditTrail.h"

#include "services/Actor.h"
#include "services/AuditChain.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <chrono>

namespace trame::services {

Status recordEvent(storage::Database& db, const Clock& clock, std::optional<std::int64_t> actor,
                   const AuditEvent& event)
{
    AuditEntry entry;
    entry.at = clock.instant();
    entry.actor = actor;
    entry.action = event.action;
    entry.recordKind = event.recordKind;
    entry.recordId = event.recordId;
    entry.detail = event.detail;
    const storage::AuditRepository trail(db);
    // Inside the caller's write transaction: no other entry can come between.
    auto previous = trail.lastChain();
    if (!previous)
        return previous.error();
    entry.chain = chainLink(*previous, entry);
    auto appended = trail.append(entry);
    return appended ? Status(Ok{}) : Status(appended.error());
}

Status authorize(storage::Database& db, const Clock& clock, const Actor& actor, Action action, Scope scope,
                 const std::string& recordKind, std::optional<std::int64_t> recordId)
{
    Status allowed = require(actor.role(), action, scope);
    std::string detail = "action=" + std::string(toString(action));
    if (allowed) {
        // Checked at every action, not only at sign-in: disabling an account ends its open
        // sessions at their next step, on this workstation or another.
        auto active = storage::AccountRepository(db).isActive(actor.accountId());
        if (!active)
            return active.error();
        if (*active)
            return allowed;
        allowed = makeError(ErrorKind::Denied, {}, "this account is disabled; its session has ended");
        detail += " reason=disabled";
    }
    const AuditEvent refused{AuditAction::Denied, recordKind, recordId, detail};
    if (Status logged = storage::inTransaction(db, [&] { return recordEvent(db, clock, actor.accountId(), refused); });
        !logged)
        return logged;
    return allowed;
}

Status authorizeOnCaseFile(storage::Database& db, const Clock& clock, const Actor& actor, Action action,
                           std::int64_t beneficiaryId, const std::string& recordKind)
{
    auto counsellor = storage::BeneficiaryRepository(db).counsellorOf(beneficiaryId);
    if (!counsellor) {
        if (counsellor.error().kind == ErrorKind::NotFound && !actor.may(action, Scope::Other))
            return authorize(db, clock, actor, action, Scope::Other, recordKind, beneficiaryId);
        return counsellor.error();
    }
    if (Status allowed = authorize(db, clock, actor, action, actor.scopeFor(*counsellor), recordKind, beneficiaryId);
        !allowed)
        return allowed;
    auto status = storage::BeneficiaryRepository(db).statusOf(beneficiaryId);
    if (!status)
        return status.error();
    return requireAllowedWhile(action, *status);
}

AuditTrail::AuditTrail(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Result<std::vector<AuditEntry>> AuditTrail::list(const AuditFilter& filter) const
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, m_actor, Action::ReadAudit, Scope::Any); !allowed)
        return allowed.error();
    if (filter.limit < 1 || filter.limit > 10000 || filter.offset < 0)
        return makeError(ErrorKind::Invalid, "limit", "a page of the audit trail holds 1 to 10000 entries");
    return storage::AuditRepository(m_workspace.database()).list(filter);
}

Result<std::int64_t> AuditTrail::purge()
{
    storage::Database& db = m_workspace.database();
    // Twelve months back, to the second: 365.2425 days, as std::chrono::months counts them.
    const Timestamp cutoff =
        m_clock.instant() - std::chrono::duration_cast<std::chrono::seconds>(std::chrono::months(12));
    return authorizedChange(
        db, m_clock, m_actor, authorize(db, m_clock, m_actor, Action::PurgeAudit, Scope::Any),
        [&]() -> Result<Audited<std::int64_t>> {
            return storage::AuditRepository(db).purgeBefore(cutoff).transform([&](std::int64_t removed) {
                return Audited<std::int64_t>{removed,
                                             {AuditAction::Purge, "audit", std::nullopt,
                                              "before=" + cutoff.toString() + " count=" + std::to_string(removed)}};
            });
        });
}

} // namespace trame::services
