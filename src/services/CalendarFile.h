#pragma once

#include "domain/Appointment.h"
#include "domain/Timestamp.h"

#include <string>
#include <vector>

namespace trame::services {

// How people are named in a calendar file that leaves Trame for a counsellor's own calendar:
// initials and case number by default, full names only when asked.
enum class CalendarNames { Initials, FullNames };

// The person of `entry` as `names` asks.
std::string personName(const AgendaEntry& entry, CalendarNames names);

// The appointments as an iCalendar file (RFC 5545, written by libical): one event each, at the
// office's wall-clock time (floating times, as booked), its kind and the person as the summary,
// its place as the location, a cancelled or excused one marked CANCELLED. Notes never leave.
std::string calendarText(const std::vector<AgendaEntry>& entries, CalendarNames names, const Timestamp& stamp);

} // namespace trame::services
