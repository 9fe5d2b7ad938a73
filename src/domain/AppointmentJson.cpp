#include "domain/AppointmentJson.h"

#include "domain/AppointmentRules.h"
#include "domain/Text.h"

namespace trame::appointmentjson {

using ordered = nlohmann::ordered_json;

ordered write(const Appointment& a)
{
    return ordered{{"id", a.id},
                   {"start", a.start.toString()},
                   {"end", a.end().toString()},
                   {"kind", std::string(toString(a.kind))},
                   {"place", a.place},
                   {"counsellor", a.counsellor},
                   {"status", std::string(toString(a.status))},
                   {"note", a.note},
                   {"interview_id", a.interviewId ? ordered(*a.interviewId) : ordered(nullptr)}};
}

namespace {

constexpr std::int64_t kMaxId = 9007199254740991; // 2^53 - 1, as every id of the format

LocalTime timeAt(const JsonReader& in, const char* key)
{
    const JsonReader value = in.at(key);
    const auto parsed = LocalTime::parse(value.string(limits::kShort));
    if (!parsed)
        value.fail("expected a time as 2026-12-03T09:30");
    return *parsed;
}

} // namespace

Appointment read(const JsonReader& in, std::int64_t beneficiaryId)
{
    in.expectObject({"id", "start", "end", "kind", "place", "counsellor", "status", "note", "interview_id"});
    Appointment a;
    a.id = in.at("id").integer(1, kMaxId);
    a.beneficiaryId = beneficiaryId;
    a.start = timeAt(in, "start");
    const LocalTime end = timeAt(in, "end");
    if (end <= a.start)
        in.at("end").fail("ends before the appointment starts, at " + a.start.toString());
    a.durationMinutes = end.minutesSince(a.start);
    if (a.durationMinutes > rules::kMaxAppointmentMinutes)
        in.at("end").fail("is more than 8 hours after the start");
    a.kind = in.enumValue("kind", AppointmentKind::OnSite);
    a.place = in.string("place", limits::kShort);
    a.counsellor = in.at("counsellor").string(limits::kName);
    a.status = in.at("status").enumValue<AppointmentStatus>();
    a.note = in.string("note", limits::kLong, true);
    if (in.has("interview_id") && !in.at("interview_id").isNull())
        a.interviewId = in.at("interview_id").integer(1, kMaxId);
    if (Status valid = rules::validateAppointment(a, in.path()); !valid)
        throw JsonInputError(valid.error());
    return a;
}

} // namespace trame::appointmentjson
