#pragma once

#include "domain/CaseFile.h"
#include "domain/Interview.h"

#include <optional>

// How an interview follows the previous one and the follow-up rhythm.
namespace trame::rules {

// The next appointment the rhythm gives from an interview held on `heldOn`; none without a rhythm.
std::optional<Date> proposedNext(const Date& heldOn, const std::optional<FollowUpRhythm>& rhythm);

// A new interview held on `heldOn`: each Annexe 1 item starts at the status the previous
// interview left it in (its note stays with that interview), and the next appointment is the one
// the rhythm proposes.
Interview followingInterview(const Interview* previous, std::int64_t beneficiaryId, const Date& heldOn,
                             int templateVersion, const std::optional<FollowUpRhythm>& rhythm);

// Moves the interview to `heldOn`. A next appointment that would fall before it is proposed
// again from the rhythm (or cleared without one); returns true when that happened.
bool moveInterview(Interview& interview, const Date& heldOn, const std::optional<FollowUpRhythm>& rhythm);

// The entry of `itemKey` in `interview`, or null when the item was not touched.
const InterviewEntry* entryFor(const Interview& interview, const std::string& itemKey);

} // namespace trame::rules
