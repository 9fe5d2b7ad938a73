#include "services/AuditChain.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <sodium.h>

namespace trame::services {

namespace {

void feed(crypto_generichash_state& state, const std::string& field)
{
    const std::string length = std::to_string(field.size()) + ':';
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(length.data()), length.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(field.data()), field.size());
}

std::string optionalNumber(const std::optional<std::int64_t>& number)
{
    return number ? std::to_string(*number) : std::string("-");
}

} // namespace

std::string chainLink(const std::string& previous, const AuditEntry& entry)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    for (const std::string& field :
         {previous, entry.at.toString(), optionalNumber(entry.actor), std::string(toString(entry.action)),
          entry.recordKind, optionalNumber(entry.recordId), entry.detail})
        feed(state, field);
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash_final(&state, hash, sizeof hash);
    char hex[2 * crypto_generichash_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

Result<ChainReport> verifyAuditChain(const storage::Database& db)
{
    const storage::AuditRepository trail(db);
    const auto start = trail.chainStart();
    if (!start)
        return start.error();
    ChainReport report;
    std::string previous;
    bool first = true;
    const Status walked = trail.forEachFrom(0, [&](const AuditEntry& e) {
        if (e.id < *start) {
            ++report.unchained;
            return true;
        }
        if (e.chain.empty()) {
            report.problem = "entry " + std::to_string(e.id) + " has no link: it was written outside Trame";
            return false;
        }
        // The first chained entry of a file links to nothing; the first one left after a purge
        // links to an entry that is gone, and starts the walk unverified.
        const bool verifiable = !first || e.id == *start;
        if (verifiable && chainLink(first ? std::string() : previous, e) != e.chain) {
            report.problem = "entry " + std::to_string(e.id) +
                             " does not follow the one before it: an entry was changed, removed or slipped in";
            return false;
        }
        first = false;
        previous = e.chain;
        ++report.chained;
        return true;
    });
    if (!walked)
        return walked.error();
    report.intact = report.problem.empty();
    report.head = previous;
    return report;
}

} // namespace trame::services
