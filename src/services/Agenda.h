#pragma once

#include "domain/Appointment.h"
#include "domain/DueWork.h"
#include "domain/Result.h"
#include "services/Actor.h"
#include "services/CalendarFile.h"

#include <string>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

// The line shown at sign-in: « Aujourd'hui : 3 rendez-vous · 5 suivis à relancer ».
struct TodayLine {
    int appointments = 0;     // today's, not cancelled
    int overdueFollowUps = 0; // DueKind::FollowUpOverdue
    friend bool operator==(const TodayLine&, const TodayLine&) = default;
};

// A counsellor's week: their appointments over some days with the people's names, what is due in
// their follow-ups, the line shown at sign-in, and the appointments as a calendar file for their
// own calendar program. A counsellor reads their own, a supervisor any counsellor's
// (docs/security.md: read_case_file, own or other); a calendar file written is an audited export.
class Agenda {
public:
    Agenda(Workspace& workspace, const Clock& clock, const Actor& actor);

    // `counsellor`'s appointments from `from` to `to`, both included, in time order; at most
    // rules::kLongestAgendaDays apart.
    Result<std::vector<AgendaEntry>> appointments(const std::string& counsellor, const Date& from,
                                                  const Date& to) const;
    // The "À faire" list of `counsellor`, as of now (rules::dueWork).
    Result<std::vector<DueItem>> due(const std::string& counsellor) const;
    Result<TodayLine> today(const std::string& counsellor) const;
    // The appointments from `from` to `to` as an iCalendar file; one audit entry (export).
    Result<std::string> calendar(const std::string& counsellor, const Date& from, const Date& to, CalendarNames names);
    // The same appointments, to be written out in another `format` ("lines" for the CLI's listing):
    // one audit entry (export) saying which, and how people are named.
    Result<std::vector<AgendaEntry>> exportEntries(const std::string& counsellor, const Date& from, const Date& to,
                                                   CalendarNames names, const char* format);

private:
    Status mayRead(const std::string& counsellor) const;

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
