#include "domain/AppointmentRules.h"

#include <catch2/catch.hpp>

using namespace trame;

namespace {

Appointment at(const Date& day, int hour, int minute, int duration = 45, const std::string& counsellor = "cmartin")
{
    Appointment a;
    a.beneficiaryId = 1;
    a.start = {day, hour * 60 + minute};
    a.durationMinutes = duration;
    a.counsellor = counsellor;
    return a;
}

std::string pathOf(const Status& status)
{
    return status ? std::string() : status.error().path;
}

} // namespace

TEST_CASE("A local time reads and writes as 2026-12-03T09:30 and crosses midnight", "[appointments]")
{
    const auto parsed = LocalTime::parse("2026-12-03T09:30");
    REQUIRE(parsed);
    CHECK(parsed->day == Date(2026, 12, 3));
    CHECK(parsed->minute == 570);
    CHECK(parsed->toString() == "2026-12-03T09:30");
    for (const char* wrong : {"2026-12-03 09:30", "2026-02-30T09:30", "2026-12-03T24:00", "2026-12-03T09:60",
                              "2026-12-03T9:30", "2026-12-03T09:30:00", ""})
        CHECK_FALSE(LocalTime::parse(wrong));
    const LocalTime late{Date(2026, 12, 31), 23 * 60 + 30};
    CHECK(late.plusMinutes(45) == LocalTime{Date(2027, 1, 1), 15});
    CHECK(late.plusMinutes(-24 * 60) == LocalTime{Date(2026, 12, 30), 23 * 60 + 30});
    CHECK(late.plusMinutes(45).minutesSince(late) == 45);
}

TEST_CASE("An appointment has a time of day, a duration, a counsellor and short texts", "[appointments]")
{
    const Date day(2026, 12, 3);
    CHECK(rules::validateAppointment(at(day, 9, 30), "").ok());
    CHECK(pathOf(rules::validateAppointment(at(day, 9, 30, 4), "a")) == "a.duration_minutes");
    CHECK(pathOf(rules::validateAppointment(at(day, 9, 30, 8 * 60 + 1), "")) == "duration_minutes");
    CHECK(pathOf(rules::validateAppointment(at(day, 9, 30, 45, ""), "")) == "counsellor");
    Appointment night = at(day, 0, 0);
    night.start.minute = 1440;
    CHECK(pathOf(rules::validateAppointment(night, "")) == "start");
    Appointment wordy = at(day, 9, 30);
    wordy.place = std::string(301, 'x');
    CHECK(pathOf(rules::validateAppointment(wordy, "")) == "place");
    wordy.place = "Bureau 2";
    wordy.note = "Première ligne\nDeuxième ligne";
    CHECK(rules::validateAppointment(wordy, "").ok()); // a note runs over lines
}

TEST_CASE("Only an appointment that has begun says what happened and a past one not qualified is flagged",
          "[appointments]")
{
    const LocalTime now{Date(2026, 12, 3), 10 * 60};
    Appointment later = at(Date(2026, 12, 3), 14, 0);
    later.status = AppointmentStatus::Honoured;
    CHECK(pathOf(rules::validateQualification(later, now)) == "status");
    later.status = AppointmentStatus::CancelledByStructure; // cancelled ahead: allowed
    CHECK(rules::validateQualification(later, now).ok());
    Appointment morning = at(Date(2026, 12, 3), 9, 0);
    morning.status = AppointmentStatus::NoShow;
    CHECK(rules::validateQualification(morning, now).ok());

    morning.status = AppointmentStatus::Planned;
    CHECK(rules::needsQualifying(morning, now));                            // ended at 9:45
    CHECK_FALSE(rules::needsQualifying(at(Date(2026, 12, 3), 9, 30), now)); // ends at 10:15
    morning.status = AppointmentStatus::Excused;
    CHECK_FALSE(rules::needsQualifying(morning, now));
}

TEST_CASE("Overlapping appointments of one counsellor are found, cancelled ones and colleagues' left out",
          "[appointments]")
{
    const Date day(2026, 12, 3);
    Appointment nine = at(day, 9, 0);
    nine.id = 1;
    Appointment nineThirty = at(day, 9, 30);
    nineThirty.id = 2;
    Appointment tenSharp = at(day, 9, 45); // starts when nine ends
    tenSharp.id = 3;
    Appointment colleague = at(day, 9, 15, 45, "sdupont");
    colleague.id = 4;
    Appointment cancelled = at(day, 9, 10);
    cancelled.id = 5;
    cancelled.status = AppointmentStatus::CancelledByStructure;
    const auto found = rules::overlapping(nine, {nine, nineThirty, tenSharp, colleague, cancelled});
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == 2);
    CHECK(rules::overlapping(cancelled, {nine}).empty());
}

TEST_CASE("The rhythm proposes the next appointment's day, never in the past", "[appointments]")
{
    FollowUpRhythm fortnightly;
    fortnightly.interval = {2, IntervalUnit::Week};
    const Date today(2026, 12, 3);
    CHECK(rules::proposedAppointmentDay(fortnightly, Date(2026, 11, 26), today) == Date(2026, 12, 10));
    CHECK(rules::proposedAppointmentDay(fortnightly, Date(2026, 10, 1), today) == Date(2026, 12, 10));
    CHECK_FALSE(rules::proposedAppointmentDay(std::nullopt, today, today));
    FollowUpRhythm once = fortnightly;
    once.kind = RhythmKind::OnceAfter;
    CHECK_FALSE(rules::proposedAppointmentDay(once, today, today));
}

TEST_CASE("A reminder comes within its delay before a planned appointment, never after it began", "[appointments]")
{
    const Date day(2026, 12, 3);
    const Appointment a = at(day, 10, 0);
    CHECK_FALSE(rules::remindNow(a, {day, 9 * 60 + 44}, 15));
    CHECK(rules::remindNow(a, {day, 9 * 60 + 45}, 15));
    CHECK(rules::remindNow(a, {day, 9 * 60 + 59}, 15));
    CHECK_FALSE(rules::remindNow(a, {day, 10 * 60}, 15));
    CHECK_FALSE(rules::remindNow(a, {day, 9 * 60 + 50}, 0));                     // off
    CHECK(rules::remindNow(at(day, 0, 5), {day.addDays(-1), 23 * 60 + 55}, 15)); // across midnight
    Appointment cancelled = a;
    cancelled.status = AppointmentStatus::CancelledByStructure;
    CHECK_FALSE(rules::remindNow(cancelled, {day, 9 * 60 + 50}, 15));
}

TEST_CASE("An interview records the person's appointment of its day that began and is not yet recorded",
          "[appointments]")
{
    const Date day(2026, 12, 3);
    Appointment early = at(day, 9, 0);
    early.id = 1;
    Appointment later = at(day, 11, 0);
    later.id = 2;
    const LocalTime tenOClock{day, 10 * 60};
    const auto recorded = rules::appointmentOfInterview({early, later}, day, tenOClock);
    REQUIRE(recorded);
    CHECK(recorded->id == 1);
    CHECK(recorded->status == AppointmentStatus::Honoured);
    early.interviewId = 7;
    CHECK_FALSE(rules::appointmentOfInterview({early, later}, day, tenOClock)); // 11:00 has not begun
    CHECK(rules::appointmentOfInterview({early, later}, day, {day, 11 * 60})->id == 2);
    later.status = AppointmentStatus::Excused;
    CHECK_FALSE(rules::appointmentOfInterview({early, later}, day, {day, 12 * 60}));
    CHECK_FALSE(rules::appointmentOfInterview({at(day.addDays(-1), 9, 0)}, day, tenOClock));
}
