#pragma once

#include "domain/Beneficiary.h"
#include "domain/Result.h"
#include "domain/Retention.h"
#include "services/Actor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

namespace retention {
constexpr int kMonthsWithoutContact = 24;
}

// The person's rights under the RGPD, handled by the administrator: access and portability
// (everything held on them, as JSON), erasure, and the retention limit.
class DataRights {
public:
    DataRights(Workspace& workspace, const Clock& clock, const Actor& actor);

    // "trame-person/1": the person's trame/1 document (importable elsewhere) and every review
    // round of their case file with its comments (docs/data-format.md).
    Result<std::string> exportPerson(std::int64_t beneficiaryId);

    // Who the person of `beneficiaryId` is — name, birth date, counsellor — for whoever may erase
    // them, so that the right person is erased; the look is audited as a view.
    Result<Beneficiary> identify(std::int64_t beneficiaryId);

    // Removes the person from the file, its write-ahead log and free pages; an anonymous tally
    // and the audit entries (ids only) stay. True when the log was emptied at once; false when
    // another program reading the file kept it: the person is gone from the data all the same,
    // and the log is overwritten when the file is next checkpointed (Trame closed everywhere).
    Result<bool> erase(std::int64_t beneficiaryId);

    // People with no contact for 24 months as of today: the dry run.
    Result<std::vector<RetentionCandidate>> retentionCandidates() const;
    // Anonymises the people the dry run lists now (the list is taken again, in the same
    // transaction); returns how many.
    Result<std::size_t> applyRetention();

private:
    Date cutoff() const;

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
