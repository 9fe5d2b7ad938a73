#pragma once

#include "domain/Appointment.h"
#include "domain/CaseFile.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

// What an appointment must respect, what is flagged about it, and what the rhythm proposes.
namespace trame::rules {

// Limits of one appointment: between 5 minutes and 8 hours, starting inside the day.
inline constexpr int kMinAppointmentMinutes = 5;
inline constexpr int kMaxAppointmentMinutes = 8 * 60;

// The appointment on its own: a time of day, a duration, a counsellor, short texts. Errors name
// the field under `path`.
Status validateAppointment(const Appointment& appointment, const std::string& path);

// A status only says what happened once the appointment has begun: a future one is planned, or
// cancelled by the structure.
Status validateQualification(const Appointment& appointment, const LocalTime& now);

// The longest span an agenda is read or exported over, in days.
inline constexpr int kLongestAgendaDays = 366;
// An agenda's days, `from` to `to` both included: in order, at most kLongestAgendaDays apart.
Status validateAgendaRange(const Date& from, const Date& to);

// A past appointment whose status was never set, which the counsellor should qualify.
bool needsQualifying(const Appointment& appointment, const LocalTime& now);

// Whether to remind the counsellor of `appointment` at `now`, `minutesBefore` ahead (0: never):
// a planned one starting within that many minutes, not yet begun.
bool remindNow(const Appointment& appointment, const LocalTime& now, int minutesBefore);

// The appointment that an interview recorded on `day` is the record of: the person's appointment
// that day which has begun by `now`, honoured or not yet qualified, and is linked to no interview;
// the earliest when there are several. Recording the interview says the person came.
std::optional<Appointment> appointmentOfInterview(const std::vector<Appointment>& personAppointments, const Date& day,
                                                  const LocalTime& now);

// The counsellor's other appointments that overlap `candidate` (same counsellor, times that
// cross, neither cancelled): a warning, never a refusal.
std::vector<Appointment> overlapping(const Appointment& candidate, const std::vector<Appointment>& others);

// The day of the next appointment from the follow-up rhythm, after `last` (the last appointment
// or interview), not before `today`; none without a rhythm, or when the rhythm is a single
// meeting after an event.
std::optional<Date> proposedAppointmentDay(const std::optional<FollowUpRhythm>& rhythm, const Date& last,
                                           const Date& today);

} // namespace trame::rules
