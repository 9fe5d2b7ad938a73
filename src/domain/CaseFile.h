#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame {

// A frein: what stands between the person and work.
struct Obstacle {
    std::int64_t id = 0; // unique within the file; 0 until stored
    ObstacleCategory category = ObstacleCategory::Other;
    std::string description;
    ObstacleStatus status = ObstacleStatus::Identified;
    std::optional<Date> identifiedOn;
    std::optional<Date> liftedOn;

    friend bool operator==(const Obstacle&, const Obstacle&) = default;
};

// One element of the counsellor's posture: a technique, how to apply it, and a phrase to say.
struct PostureItem {
    std::string technique; // catalogue key of the technique
    std::string label;     // as the counsellor or the guide names it
    std::string guidance;
    std::string examplePhrase;

    friend bool operator==(const PostureItem&, const PostureItem&) = default;
};

struct ToolUse {
    std::string tool; // catalogue key, or empty for a free entry
    std::string label;
    std::string details;

    friend bool operator==(const ToolUse&, const ToolUse&) = default;
};

struct Referral {
    std::string partner;     // catalogue key, or empty for a partner out of the catalogue
    std::string partnerName; // that partner's name, when out of the catalogue
    std::string purpose;
    ReferralStatus status = ReferralStatus::Proposed;

    friend bool operator==(const Referral&, const Referral&) = default;
};

struct PlanStep {
    std::int64_t id = 0;
    std::string title;
    std::string details;
    std::optional<Date> dueDate;
    StepStatus status = StepStatus::Planned;
    std::string partner;                    // catalogue key or empty
    std::string partnerName;                // a partner out of the catalogue, by name
    std::optional<std::int64_t> obstacleId; // the obstacle this step addresses

    bool isOverdue(const Date& today) const;
    friend bool operator==(const PlanStep&, const PlanStep&) = default;
};

struct Indicator {
    std::string label;
    std::string target;
    std::string evaluation;
    std::optional<Date> evaluatedOn;
    std::string evidence;

    friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct Interval {
    int count = 1;
    IntervalUnit unit = IntervalUnit::Month;

    Date after(const Date& from) const;
    friend bool operator==(const Interval&, const Interval&) = default;
};

// How often the person is seen: every N days/weeks/months, or once, N after an event.
// `label` keeps the words used ("bimensuel"); the interval is what Trame computes with.
struct FollowUpRhythm {
    RhythmKind kind = RhythmKind::Recurring;
    Interval interval;
    std::string afterEvent; // for OnceAfter: "l'immersion"
    std::string label;

    friend bool operator==(const FollowUpRhythm&, const FollowUpRhythm&) = default;
};

// The guide's frame for one beneficiary.
struct CaseFile {
    std::int64_t beneficiaryId = 0;
    std::string problemStatement; // problématique
    std::string situation;
    std::vector<Obstacle> obstacles;
    std::vector<PostureItem> attitude;
    std::vector<ToolUse> tools;
    std::vector<Referral> referrals;
    std::vector<PlanStep> plan; // in order
    std::vector<Indicator> indicators;
    std::vector<std::string> adminAdvice;
    std::optional<FollowUpRhythm> rhythm;
    ReviewState reviewState = ReviewState::Draft;
    std::optional<Timestamp> updatedAt; // none in a reference case and until stored
    std::int64_t version = 0;           // row version; 0 until stored

    const Obstacle* findObstacle(std::int64_t id) const;
    friend bool operator==(const CaseFile&, const CaseFile&) = default;
};

} // namespace trame
