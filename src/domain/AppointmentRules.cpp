#include "domain/AppointmentRules.h"

#include "domain/Text.h"

#include <tuple>

namespace trame::rules {

namespace {

std::string field(const std::string& path, const std::string& name)
{
    return path.empty() ? name : path + "." + name;
}

Error invalid(const std::string& path, const std::string& name, const std::string& message)
{
    return Error{ErrorKind::Invalid, field(path, name), message};
}

} // namespace

Status validateAppointment(const Appointment& a, const std::string& path)
{
    if (a.start.minute < 0 || a.start.minute >= 24 * 60)
        return ruleError(field(path, "start"), {rules::kNotTimeOfDay, {}});
    if (a.durationMinutes < kMinAppointmentMinutes || a.durationMinutes > kMaxAppointmentMinutes)
        return ruleError(
            field(path, "duration_minutes"),
            {rules::kDuration, {std::to_string(kMinAppointmentMinutes), std::to_string(kMaxAppointmentMinutes / 60)}});
    if (a.counsellor.empty())
        return ruleError(field(path, "counsellor"), {rules::kRequired, {}});
    for (const auto& [name, value, max] :
         {std::tuple{"place", &a.place, limits::kShort}, std::tuple{"counsellor", &a.counsellor, limits::kShort},
          std::tuple{"note", &a.note, limits::kLong}})
        if (auto problem = textRule(*value, max, max == limits::kLong))
            return ruleError(field(path, name), *problem);
    return Ok{};
}

Status validateAgendaRange(const Date& from, const Date& to)
{
    if (to < from || to > from.addDays(kLongestAgendaDays))
        return invalid("", "to", "must be on or after the first day, and at most a year after it");
    return Ok{};
}

Status validateQualification(const Appointment& a, const LocalTime& now)
{
    const bool begun = a.start <= now;
    if (!begun && a.status != AppointmentStatus::Planned && a.status != AppointmentStatus::CancelledByStructure)
        return ruleError("status", {rules::kNotBegun, {}});
    return Ok{};
}

bool needsQualifying(const Appointment& a, const LocalTime& now)
{
    return a.status == AppointmentStatus::Planned && a.end() <= now;
}

bool remindNow(const Appointment& a, const LocalTime& now, int minutesBefore)
{
    const int ahead = a.start.minutesSince(now);
    return minutesBefore > 0 && a.status == AppointmentStatus::Planned && ahead > 0 && ahead <= minutesBefore;
}

std::optional<Appointment> appointmentOfInterview(const std::vector<Appointment>& personAppointments, const Date& day,
                                                  const LocalTime& now)
{
    for (const Appointment& a : personAppointments) {
        const bool open = a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Honoured;
        if (a.start.day == day && a.start <= now && open && !a.interviewId) {
            Appointment recorded = a;
            recorded.status = AppointmentStatus::Honoured;
            return recorded;
        }
    }
    return std::nullopt;
}

std::vector<Appointment> overlapping(const Appointment& candidate, const std::vector<Appointment>& others)
{
    std::vector<Appointment> found;
    if (candidate.status == AppointmentStatus::CancelledByStructure)
        return found;
    for (const Appointment& other : others) {
        const bool same = candidate.id != 0 && other.id == candidate.id;
        if (same || other.counsellor != candidate.counsellor || other.status == AppointmentStatus::CancelledByStructure)
            continue;
        if (other.start < candidate.end() && candidate.start < other.end())
            found.push_back(other);
    }
    return found;
}

std::optional<Date> proposedAppointmentDay(const std::optional<FollowUpRhythm>& rhythm, const Date& last,
                                           const Date& today)
{
    if (!rhythm || rhythm->kind != RhythmKind::Recurring || rhythm->interval.count < 1)
        return std::nullopt;
    Date next = rhythm->interval.after(last);
    // A follow-up that slipped is proposed again from today, not in the past.
    while (next < today)
        next = rhythm->interval.after(next);
    return next;
}

} // namespace trame::rules
