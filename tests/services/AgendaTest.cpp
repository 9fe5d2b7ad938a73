// A counsellor's week through the service, on both back ends: the agenda with the people's names,
// the "À faire" list read from storage, the line shown at sign-in, and the calendar file — each
// under the access rules, the calendar file audited.
#include "services/Agenda.h"

#include "services/Appointments.h"
#include "services/AuditTrail.h"
#include "services/CaseFiles.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

namespace {

struct Fixture : ServiceFixture {
    Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    Actor colleague = signInAs(*workspace, clock, Role::Counsellor, "sdupont");
    Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    CaseFiles cases{*workspace, clock, counsellor};
    Appointments appointments{*workspace, clock, counsellor};
    Agenda agenda{*workspace, clock, counsellor};
    LocalTime now = clock.localNow(); // Monday 2 November 2026, 9:00

    std::int64_t person(int index, const char* lastName)
    {
        return cases.create(sampleRecord(index, lastName).person).value();
    }

    Appointment at(std::int64_t who, int days, int minute)
    {
        Appointment a;
        a.beneficiaryId = who;
        a.start = {now.day.addDays(days), minute};
        a.place = "Bureau 2";
        return a;
    }

    // Plans an appointment in the past (planned first, as days go by), then qualifies it.
    Appointment past(std::int64_t who, int daysAgo, AppointmentStatus status)
    {
        clock.advance(-std::chrono::hours(24 * (daysAgo + 1)));
        Appointment a = appointments.plan(at(who, -daysAgo, 10 * 60)).value().appointment;
        clock.advance(std::chrono::hours(24 * (daysAgo + 1)));
        if (status != AppointmentStatus::Planned) {
            a.status = status;
            a = appointments.save(a).value().appointment;
        }
        return a;
    }
};

std::vector<std::pair<DueKind, std::int64_t>> linesOf(const std::vector<DueItem>& items)
{
    std::vector<std::pair<DueKind, std::int64_t>> lines;
    for (const DueItem& item : items)
        lines.emplace_back(item.kind, item.beneficiaryId);
    return lines;
}

} // namespace

TEST_CASE_METHOD(Fixture, "The due list reads each follow-up's rhythm, contacts, plan and appointments", "[agenda]")
{
    // Seen three weeks ago, every two weeks, nothing planned since: overdue.
    const std::int64_t overdue = person(0, "Benali");
    CaseFile file = cases.open(overdue).value().caseFile;
    file.rhythm = FollowUpRhythm{RhythmKind::Recurring, {2, IntervalUnit::Week}, "", "toutes les deux semaines"};
    REQUIRE(cases.saveCaseFile(file).ok());
    past(overdue, 21, AppointmentStatus::Honoured);
    // An appointment last week never qualified, and the next one planned: only "to qualify".
    const std::int64_t unqualified = person(1, "Cissé");
    const Appointment forgotten = past(unqualified, 5, AppointmentStatus::Planned);
    REQUIRE(appointments.plan(at(unqualified, 3, 14 * 60)).ok());
    // A plan step due on Friday, and nothing planned.
    const std::int64_t stepDue = person(2, "Dubois");
    file = cases.open(stepDue).value().caseFile;
    PlanStep step;
    step.title = "Inscription au CACES";
    step.dueDate = now.day.addDays(4);
    file.plan.push_back(step);
    REQUIRE(cases.saveCaseFile(file).ok());
    // Someone else's person is not on this counsellor's list.
    CaseFiles(*workspace, clock, colleague).create(sampleRecord(3, "Eboué").person).value();

    const auto items = agenda.due("cmartin").value();
    CHECK(linesOf(items) == std::vector<std::pair<DueKind, std::int64_t>>{
                                {DueKind::AppointmentToQualify, unqualified},
                                {DueKind::FollowUpOverdue, overdue},
                                {DueKind::NoAppointmentPlanned, stepDue},
                                {DueKind::StepDue, stepDue},
                            });
    CHECK(items[0].appointmentId == forgotten.id);
    CHECK(items[0].lastName == "Cissé");
    CHECK(items[1].day == now.day.addDays(-21 + 14));
    CHECK(agenda.today("cmartin").value() == TodayLine{0, 1});

    // Qualified and a new appointment planned: both lines go.
    Appointment qualified = forgotten;
    qualified.status = AppointmentStatus::NoShow;
    REQUIRE(appointments.save(qualified).ok());
    REQUIRE(appointments.plan(at(overdue, 0, 11 * 60)).ok());
    CHECK(linesOf(agenda.due("cmartin").value()) == std::vector<std::pair<DueKind, std::int64_t>>{
                                                        {DueKind::NoAppointmentPlanned, stepDue},
                                                        {DueKind::StepDue, stepDue},
                                                    });
    CHECK(agenda.today("cmartin").value() == TodayLine{1, 0});
    // A supervisor reads any counsellor's list; a colleague none but their own.
    CHECK(Agenda(*workspace, clock, supervisor).due("cmartin").value().size() == 2);
    CHECK(Agenda(*workspace, clock, colleague).due("cmartin").error().kind == ErrorKind::Denied);
    CHECK(Agenda(*workspace, clock, colleague).due("sdupont").value().size() == 1); // Eboué: nothing planned
}

TEST_CASE_METHOD(Fixture, "The calendar file names people by initials unless asked, and each one is audited",
                 "[agenda]")
{
    const std::int64_t id = person(0, "Benali");
    Appointment a = at(id, 1, 9 * 60 + 30);
    a.kind = AppointmentKind::Phone;
    a.note = "Parler de la CAF";
    REQUIRE(appointments.plan(a).ok());
    const std::string initials =
        agenda.calendar("cmartin", now.day, now.day.addDays(6), CalendarNames::Initials).value();
    CHECK_THAT(initials, Catch::Contains("BEGIN:VCALENDAR"));
    CHECK_THAT(initials, Catch::Contains("DTSTART:20261103T093000"));
    CHECK_THAT(initials, Catch::Contains("DTEND:20261103T101500"));
    CHECK_THAT(initials, Catch::Contains("LOCATION:Bureau 2"));
    CHECK_THAT(initials, Catch::Contains("dossier n° " + std::to_string(id)));
    CHECK_THAT(initials, !Catch::Contains("Benali"));
    CHECK_THAT(initials, !Catch::Contains("CAF")); // notes never leave
    const std::string full = agenda.calendar("cmartin", now.day, now.day, CalendarNames::FullNames).value();
    CHECK_THAT(full, !Catch::Contains("BEGIN:VEVENT")); // tomorrow is not in today
    CHECK_THAT(agenda.calendar("cmartin", now.day, now.day.addDays(1), CalendarNames::FullNames).value(),
               Catch::Contains("Benali"));

    AuditFilter exports;
    exports.action = AuditAction::Export;
    exports.recordKind = "agenda";
    const auto entries = AuditTrail(*workspace, clock, admin).list(exports).value();
    REQUIRE(entries.size() == 3);
    CHECK_THAT(entries[0].detail, Catch::Contains("names=full"));
    CHECK_THAT(entries.back().detail, Catch::Contains("names=initials"));
    CHECK(Agenda(*workspace, clock, colleague)
              .calendar("cmartin", now.day, now.day, CalendarNames::Initials)
              .error()
              .kind == ErrorKind::Denied);
    CHECK(agenda.calendar("cmartin", now.day, now.day.addDays(400), CalendarNames::Initials).error().path == "to");
    CHECK(AuditTrail(*workspace, clock, admin).list(exports).value().size() == 3); // refusals export nothing
}

TEST_CASE_METHOD(Fixture, "A calendar export on a locked database is refused whole: no file text, no audit entry",
                 "[agenda][busy]")
{
    REQUIRE(appointments.plan(at(person(0, "Benali"), 1, 9 * 60)).ok());
    AuditFilter exports;
    exports.action = AuditAction::Export;
    exports.recordKind = "agenda";
    auto holder = storage::Database::open(path).value();
    holder->exec(storage::beginWriteSql(*holder));
    const auto locked = agenda.calendar("cmartin", now.day, now.day.addDays(6), CalendarNames::Initials);
    holder->exec("ROLLBACK");
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().kind == ErrorKind::Busy);
    CHECK(AuditTrail(*workspace, clock, admin).list(exports).value().empty());
    // Released, the same export is taken, and said once.
    REQUIRE(agenda.calendar("cmartin", now.day, now.day.addDays(6), CalendarNames::Initials).ok());
    CHECK(AuditTrail(*workspace, clock, admin).list(exports).value().size() == 1);
}
