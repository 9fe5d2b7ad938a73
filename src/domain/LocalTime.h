#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace trame {

// A moment in the structure's own time (the office's wall clock): a day and the minutes after
// midnight. Appointments are kept so, as the counsellor books them; no time zone is involved.
struct LocalTime {
    Date day;
    int minute = 0; // 0..1439

    // "2026-12-03T09:30", and back: only a real day and a time of day.
    static std::optional<LocalTime> parse(std::string_view text);
    std::string toString() const;
    // Minutes later, across midnight when they must.
    LocalTime plusMinutes(int count) const;
    // Minutes from `earlier` to this one (negative when it is later).
    int minutesSince(const LocalTime& earlier) const;

    friend bool operator==(const LocalTime&, const LocalTime&) = default;
    friend auto operator<=>(const LocalTime&, const LocalTime&) = default;
};

} // namespace trame
