// The counsellor's "À faire" list and the names an agenda shows: computed once, in the domain.
#include "domain/DueWork.h"

#include <catch2/catch.hpp>

using namespace trame;

namespace {

const LocalTime kNow{Date(2026, 11, 4), 9 * 60}; // a Wednesday, 9:00

FollowUpState person(std::int64_t id, const std::string& lastName)
{
    FollowUpState f;
    f.beneficiaryId = id;
    f.firstName = "Nadia";
    f.lastName = lastName;
    return f;
}

FollowUpRhythm everyTwoWeeks()
{
    return {RhythmKind::Recurring, {2, IntervalUnit::Week}, "", "toutes les deux semaines"};
}

std::vector<DueKind> kindsOf(const std::vector<DueItem>& items)
{
    std::vector<DueKind> kinds;
    for (const DueItem& item : items)
        kinds.push_back(item.kind);
    return kinds;
}

} // namespace

TEST_CASE("A week starts on Monday", "[due]")
{
    CHECK(rules::weekStart(Date(2026, 11, 4)) == Date(2026, 11, 2));
    CHECK(rules::weekStart(Date(2026, 11, 2)) == Date(2026, 11, 2));
    CHECK(rules::weekStart(Date(2026, 11, 8)) == Date(2026, 11, 2)); // Sunday
    CHECK(rules::weekStart(Date(2027, 1, 1)) == Date(2026, 12, 28));
}

TEST_CASE("A follow-up falls due by its rhythm after the last contact, or on the date agreed", "[due]")
{
    FollowUpState f = person(1, "Benali");
    CHECK_FALSE(rules::followUpDueDay(f));
    f.agreedNext = Date(2026, 11, 20);
    CHECK(rules::followUpDueDay(f) == Date(2026, 11, 20));
    f.rhythm = everyTwoWeeks();
    CHECK(rules::followUpDueDay(f) == Date(2026, 11, 20)); // no contact yet: the agreed date
    f.lastContact = Date(2026, 10, 1);
    CHECK(rules::followUpDueDay(f) == Date(2026, 10, 15));
    f.rhythm = FollowUpRhythm{RhythmKind::OnceAfter, {1, IntervalUnit::Month}, "l'immersion", ""};
    CHECK(rules::followUpDueDay(f) == Date(2026, 11, 20));
}

TEST_CASE("The due list: to qualify first, then overdue, nothing planned, steps this week, periods to close", "[due]")
{
    FollowUpState overdue = person(1, "Benali");
    overdue.rhythm = everyTwoWeeks();
    overdue.lastContact = Date(2026, 10, 1); // due on 15 October
    FollowUpState seenSoon = person(2, "Cissé");
    seenSoon.rhythm = everyTwoWeeks();
    seenSoon.lastContact = Date(2026, 10, 1);
    seenSoon.nextPlanned = LocalTime{Date(2026, 11, 5), 10 * 60}; // overdue, but planned: nothing due
    FollowUpState nothingPlanned = person(3, "Dubois");
    nothingPlanned.lastContact = Date(2026, 10, 28);
    nothingPlanned.openDue = Date(2026, 11, 8); // Sunday of this week
    FollowUpState longRun = person(4, "Eboué");
    longRun.nextPlanned = LocalTime{Date(2026, 11, 30), 9 * 60};
    longRun.openDue = Date(2026, 11, 9); // next week: not yet
    longRun.alerts.pastMaxLength = true;
    FollowUpState earlierToday = person(5, "Faure");
    earlierToday.nextPlanned = LocalTime{Date(2026, 11, 4), 8 * 60}; // began before now: not "to come"

    AgendaEntry missed{{}, "Karim", "Haddad"};
    missed.appointment.id = 40;
    missed.appointment.beneficiaryId = 6;
    missed.appointment.start = {Date(2026, 11, 3), 14 * 60};
    AgendaEntry inProgress{{}, "Léa", "Girard"};
    inProgress.appointment.id = 41;
    inProgress.appointment.start = {Date(2026, 11, 4), 8 * 60 + 30}; // ends at 9:15: not yet to qualify

    const auto items =
        rules::dueWork({longRun, nothingPlanned, overdue, seenSoon, earlierToday}, {inProgress, missed}, kNow);
    REQUIRE(kindsOf(items) == std::vector<DueKind>{DueKind::AppointmentToQualify, DueKind::FollowUpOverdue,
                                                   DueKind::NoAppointmentPlanned, DueKind::NoAppointmentPlanned,
                                                   DueKind::StepDue, DueKind::PeriodToClose});
    CHECK(items[0].appointmentId == 40);
    CHECK(items[0].lastName == "Haddad");
    CHECK(items[1].beneficiaryId == 1);
    CHECK(items[1].day == Date(2026, 10, 15));
    // Nothing planned: the oldest last contact first, a person never seen after.
    CHECK(items[2].beneficiaryId == 3);
    CHECK(items[3].beneficiaryId == 5);
    CHECK(items[4].beneficiaryId == 3);
    CHECK(items[4].day == Date(2026, 11, 8));
    CHECK(items[5].beneficiaryId == 4);
}

TEST_CASE("An agenda names a person by initials where the full name should not go", "[due]")
{
    CHECK(AgendaEntry{{}, "Nadia", "Benali"}.initials() == "N. B.");
    CHECK(AgendaEntry{{}, "Jean-Pierre", "Le Goff"}.initials() == "J.-P. L. G.");
    CHECK(AgendaEntry{{}, "Élodie", "Ørsted"}.initials() == "É. Ø.");
    CHECK(AgendaEntry{{}, "", "Benali"}.initials() == "B.");
}

TEST_CASE("The list shows the planned appointment first, and is late only when a date passed unanswered", "[due]")
{
    const Date today(2026, 11, 4);
    CHECK(rules::listedNextAppointment(Date(2026, 11, 10), Date(2026, 10, 1)) == Date(2026, 11, 10));
    CHECK(rules::listedNextAppointment(std::nullopt, Date(2026, 10, 1)) == Date(2026, 10, 1));
    CHECK_FALSE(rules::listedNextAppointment(std::nullopt, std::nullopt));
    CHECK(rules::listedLate(std::nullopt, Date(2026, 11, 3), std::nullopt, today));
    CHECK_FALSE(rules::listedLate(std::nullopt, Date(2026, 11, 4), std::nullopt, today));
    CHECK_FALSE(rules::listedLate(Date(2026, 11, 10), Date(2026, 11, 3), std::nullopt, today));
    CHECK(rules::listedLate(Date(2026, 11, 10), std::nullopt, Date(2026, 11, 3), today));
    CHECK_FALSE(rules::listedLate(std::nullopt, std::nullopt, Date(2026, 11, 4), today));
}
