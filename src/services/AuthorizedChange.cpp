#include "services/AuthorizedChange.h"

#include "services/Actor.h"
#include "storage/Transaction.h"

namespace trame::services::detail {

Status runAuditedChange(storage::Database& db, const Clock& clock, const Actor& actor,
                        const std::function<Result<AuditEvent>()>& change)
{
    return storage::inTransaction(db, [&]() -> Status {
        auto event = change();
        if (!event)
            return event.error();
        return recordEvent(db, clock, actor.accountId(), *event);
    });
}

} // namespace trame::services::detail
