#pragma once

#include "domain/Result.h"
#include "domain/Review.h"
#include "services/Actor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trame::services {

class Actor;
class Clock;
class Workspace;

// The supervisor's review: a counsellor submits their case file; a supervisor comments on its
// sections, then requests changes or validates; every round stays in the history.
class Reviews {
public:
    Reviews(Workspace& workspace, const Clock& clock, const Actor& actor);

    Result<std::int64_t> submit(std::int64_t beneficiaryId, const std::string& note);
    Result<std::int64_t> comment(std::int64_t beneficiaryId, CaseSection section, const std::string& text);
    Status requestChanges(std::int64_t beneficiaryId, const std::string& note);
    Status validate(std::int64_t beneficiaryId, const std::string& note);

    // Case files waiting for a supervisor, oldest submission first.
    Result<std::vector<PendingReview>> queue() const;
    // The signed-in counsellor's case files sent back with changes requested.
    Result<std::vector<ReturnedCaseFile>> returnedToMe() const;
    // Every round of one case file, newest first: for whoever may read the file.
    Result<std::vector<Review>> history(std::int64_t beneficiaryId) const;

private:
    Status decide(std::int64_t beneficiaryId, ReviewState outcome, const std::string& note);
    Status authorizeOn(Action action, std::int64_t beneficiaryId) const;
    // The round waiting for a decision; a Conflict when there is none.
    Result<Review> pendingRound(std::int64_t beneficiaryId) const;

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
