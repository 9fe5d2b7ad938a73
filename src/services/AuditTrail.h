#pragma once

#include "domain/Access.h"
#include "domain/Audit.h"
#include "domain/Result.h"
#include "services/Actor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame::storage {
class Database;
}

namespace trame::services {

class Actor;
class Clock;
class Workspace;

// What one audit entry says, before the clock and the actor are added.
struct AuditEvent {
    AuditAction action;
    std::string recordKind;
    std::optional<std::int64_t> recordId;
    std::string detail;
};

// Appends one entry; call it inside the transaction of the change it records.
Status recordEvent(storage::Database& db, const Clock& clock, std::optional<std::int64_t> actor,
                   const AuditEvent& event);

// The rule check every service runs first: Ok, or a Denied error after an audit entry
// recording the refused attempt (committed on its own: nothing else happens).
Status authorize(storage::Database& db, const Clock& clock, const Actor& actor, Action action, Scope scope,
                 const std::string& recordKind = {}, std::optional<std::int64_t> recordId = std::nullopt);

// The same check for an action on one person's case file: the scope is the acting user's own
// when the person is assigned to them. A person who does not exist is refused like someone
// else's when the user may not act on others' files, so that ids cannot be probed. A closed
// follow-up refuses every change but a reopening (allowedWhile, domain/Access.h).
Status authorizeOnCaseFile(storage::Database& db, const Clock& clock, const Actor& actor, Action action,
                           std::int64_t beneficiaryId, const std::string& recordKind = "beneficiary");

// Reading and purging the trail: supervisors and administrators.
class AuditTrail {
public:
    AuditTrail(Workspace& workspace, const Clock& clock, const Actor& actor);

    Result<std::vector<AuditEntry>> list(const AuditFilter& filter) const;
    // Deletes the entries over 12 months old; the purge itself is logged. Returns how many went.
    Result<std::int64_t> purge();

private:
    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
