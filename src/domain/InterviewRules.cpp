#include "domain/InterviewRules.h"

namespace trame::rules {

std::optional<Date> proposedNext(const Date& heldOn, const std::optional<FollowUpRhythm>& rhythm)
{
    if (!rhythm)
        return std::nullopt;
    return rhythm->interval.after(heldOn);
}

Interview followingInterview(const Interview* previous, std::int64_t beneficiaryId, const Date& heldOn,
                             int templateVersion, const std::optional<FollowUpRhythm>& rhythm)
{
    Interview next;
    next.beneficiaryId = beneficiaryId;
    next.heldOn = heldOn;
    next.templateVersion = templateVersion;
    next.nextAppointment = proposedNext(heldOn, rhythm);
    if (previous)
        for (const InterviewEntry& entry : previous->entries)
            if (entry.status != ItemStatus::NotStarted)
                next.entries.push_back({entry.itemKey, entry.status, {}});
    return next;
}

bool moveInterview(Interview& interview, const Date& heldOn, const std::optional<FollowUpRhythm>& rhythm)
{
    interview.heldOn = heldOn;
    if (!interview.nextAppointment || *interview.nextAppointment >= heldOn)
        return false;
    interview.nextAppointment = proposedNext(heldOn, rhythm);
    return true;
}

const InterviewEntry* entryFor(const Interview& interview, const std::string& itemKey)
{
    for (const InterviewEntry& entry : interview.entries)
        if (entry.itemKey == itemKey)
            return &entry;
    return nullptr;
}

} // namespace trame::rules
