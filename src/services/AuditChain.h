#pragma once

#include "domain/Audit.h"
#include "domain/Result.h"

#include <cstdint>
#include <string>

namespace trame::storage {
class Database;
}

namespace trame::services {

// The link of one audit entry: a BLAKE2b hash (libsodium) of the previous entry's link and of
// this entry's time, actor, action, record and detail, each length-prefixed so that no two
// entries hash alike. The key is public: the chain shows what was changed by someone who did not
// recompute it (docs/security.md says what it does not prove).
std::string chainLink(const std::string& previous, const AuditEntry& entry);

// What the chain of the file says.
struct ChainReport {
    bool intact = true;
    std::int64_t chained = 0;   // entries verified
    std::int64_t unchained = 0; // older than the chain (before schema 7)
    std::string head;           // the newest entry's link: written down, it anchors the past
    std::string problem;        // where and how it breaks, when it does
};
Result<ChainReport> verifyAuditChain(const storage::Database& db);

} // namespace trame::services
