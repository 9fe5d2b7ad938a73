#pragma once

#include "domain/Appointment.h"
#include "domain/CaseFile.h"
#include "domain/PeriodRules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame {

// What is due in a counsellor's follow-ups: their "À faire" list. Each line names the person and
// where the work is; the list is computed here, once, from what storage reads of the counsellor's
// own people and appointments.
enum class DueKind {
    AppointmentToQualify, // a past appointment whose status was never set
    FollowUpOverdue,      // the rhythm (or the date agreed at the last interview) has passed, nothing planned
    NoAppointmentPlanned, // an active follow-up with no appointment to come
    StepDue,              // an open plan step due this week, or overdue
    PeriodToClose,        // the follow-up has run past its programme's maximum length
};

struct DueItem {
    DueKind kind = DueKind::FollowUpOverdue;
    std::int64_t beneficiaryId = 0;
    std::string firstName;
    std::string lastName;
    std::optional<Date> day;                   // when it fell due, or the appointment's day
    std::optional<std::int64_t> appointmentId; // for AppointmentToQualify
    friend bool operator==(const DueItem&, const DueItem&) = default;
};

// What the list knows of one active follow-up of the counsellor.
struct FollowUpState {
    std::int64_t beneficiaryId = 0;
    std::string firstName;
    std::string lastName;
    std::optional<FollowUpRhythm> rhythm;
    std::optional<Date> lastContact;      // the latest interview, or honoured appointment
    std::optional<Date> agreedNext;       // the next appointment agreed at the latest interview
    std::optional<LocalTime> nextPlanned; // the first planned appointment from now on
    std::optional<Date> openDue;          // the earliest due date of an open plan step
    rules::PeriodAlerts alerts;
};

namespace rules {

// Monday of the week `day` is in.
Date weekStart(const Date& day);

// The day a follow-up falls due: the rhythm's next day after the last contact, or, without a
// recurring rhythm, the next appointment agreed at the last interview; none when neither says.
std::optional<Date> followUpDueDay(const FollowUpState& state);

// What the beneficiary list shows as a person's next appointment: the first planned one from
// today, or else the date agreed at the last interview.
std::optional<Date> listedNextAppointment(const std::optional<Date>& nextPlanned,
                                          const std::optional<Date>& agreedNext);
// Whether the list marks the person as late: the date agreed at the last interview has passed with
// nothing planned since, or an open plan step is past its due date. (The "À faire" list's overdue
// follow-up also reads the rhythm; the list's filter asks this same question in SQL.)
bool listedLate(const std::optional<Date>& nextPlanned, const std::optional<Date>& agreedNext,
                const std::optional<Date>& openDue, const Date& today);

// The counsellor's "À faire" list as of `now`: appointments to qualify first, then overdue
// follow-ups, follow-ups with nothing planned, plan steps due by the end of this week, and
// follow-ups to close; in each group the oldest first. A follow-up overdue is not listed again
// as having nothing planned.
std::vector<DueItem> dueWork(const std::vector<FollowUpState>& followUps, const std::vector<AgendaEntry>& unqualified,
                             const LocalTime& now);

} // namespace rules
} // namespace trame
