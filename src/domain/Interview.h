#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame {

// The note and progress of one item of the Annexe 1 template in one interview.
struct InterviewEntry {
    std::string itemKey;
    ItemStatus status = ItemStatus::NotStarted;
    std::string note;

    friend bool operator==(const InterviewEntry&, const InterviewEntry&) = default;
};

// One dated follow-up meeting, recorded on the version of the template it was filled with.
struct Interview {
    std::int64_t id = 0;
    std::int64_t beneficiaryId = 0;
    Date heldOn;
    int templateVersion = 1;
    std::vector<InterviewEntry> entries;
    std::string selfAssessment; // the beneficiary's own words
    std::optional<Date> nextAppointment;
    std::int64_t version = 0; // row version; 0 until stored; not part of the file format

    friend bool operator==(const Interview&, const Interview&) = default;
};

} // namespace trame
