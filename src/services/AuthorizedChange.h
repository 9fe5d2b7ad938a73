#pragma once

#include "domain/Result.h"
#include "services/AuditTrail.h"

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace trame::storage {
class Database;
}

namespace trame::services {

class Actor;
class Clock;

// What a change made and the audit entry that says so.
template <typename T> struct Audited {
    T value;
    AuditEvent event;
};

namespace detail {
// The transaction behind authorizedChange: `change` runs, its entry is appended with the clock
// and the actor, and both commit or neither does.
Status runAuditedChange(storage::Database& db, const Clock& clock, const Actor& actor,
                        const std::function<Result<AuditEvent>()>& change);
template <typename R> struct AuditedValue;
template <typename T> struct AuditedValue<Result<Audited<T>>> {
    using type = T;
};
} // namespace detail

// The shape of every write a service makes, written once. `allowed` is the rule check and the
// input's validation, already composed (a refusal has left its own audit entry and nothing else
// happens); then `change` makes the change and says what to record, and the change and its entry
// commit together in one transaction. Returns the change's value once committed, or the error.
//
//   return authorizedChange(db, clock, actor, authorize(...).and_then(validate),
//                           [&]() -> Result<Audited<std::int64_t>> { ... });
// The change and its audit entry in one transaction, for a write whose checks came first
// because they found what the change uses (the account a file goes to, the template an
// interview follows). Returns the change's value once committed, or the error.
template <typename Change>
auto auditedChange(storage::Database& db, const Clock& clock, const Actor& actor, Change&& change)
    -> Result<typename detail::AuditedValue<std::invoke_result_t<Change&>>::type>
{
    using T = typename detail::AuditedValue<std::invoke_result_t<Change&>>::type;
    std::optional<T> value;
    const Status done = detail::runAuditedChange(db, clock, actor, [&]() -> Result<AuditEvent> {
        auto made = change();
        if (!made)
            return made.error();
        value.emplace(std::move(made->value));
        return std::move(made->event);
    });
    if (!done)
        return done.error();
    return std::move(*value);
}

// The shape of every write a service makes, written once. `allowed` is the rule check and the
// input's validation, already composed (a refusal has left its own audit entry and nothing else
// happens); then `change` makes the change and says what to record, and the change and its entry
// commit together in one transaction. Returns the change's value once committed, or the error.
//
//   return authorizedChange(db, clock, actor, authorize(...).and_then(validate),
//                           [&]() -> Result<Audited<std::int64_t>> { ... });
template <typename Change>
auto authorizedChange(storage::Database& db, const Clock& clock, const Actor& actor, const Status& allowed,
                      Change&& change) -> decltype(auditedChange(db, clock, actor, change))
{
    if (!allowed)
        return allowed.error();
    return auditedChange(db, clock, actor, change);
}

} // namespace trame::services
