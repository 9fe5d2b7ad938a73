#pragma once

#include "domain/Enums.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame {

struct ReviewComment {
    std::int64_t id = 0;
    CaseSection section = CaseSection::Situation;
    std::int64_t author = 0;
    std::string authorName; // display name, filled when read
    Timestamp writtenAt;
    std::string text;
};

// One round of review: a counsellor submits, a supervisor comments and decides.
struct Review {
    std::int64_t id = 0;
    std::int64_t beneficiaryId = 0;
    std::int64_t submittedBy = 0;
    std::string submitterName;
    Timestamp submittedAt;
    std::string note;                   // what the counsellor asks the supervisor to look at
    std::optional<ReviewState> outcome; // ChangesRequested or Validated; none while pending
    std::optional<std::int64_t> decidedBy;
    std::string deciderName;
    std::optional<Timestamp> decidedAt;
    std::string decisionNote;
    std::vector<ReviewComment> comments; // oldest first
};

// A line of the supervisor's queue.
struct PendingReview {
    std::int64_t reviewId = 0;
    std::int64_t beneficiaryId = 0;
    std::string displayName;
    std::string counsellor;
    Timestamp submittedAt;
    std::string note; // the counsellor's, at submission
};

// A case file its counsellor must take up again: the supervisor requested changes.
struct ReturnedCaseFile {
    std::int64_t beneficiaryId = 0;
    std::string displayName;
    Timestamp decidedAt;
    std::string decisionNote;
};

} // namespace trame
