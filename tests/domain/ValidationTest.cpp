#include "domain/Validation.h"

#include "domain/Text.h"
#include "support/Samples.h"

#include <catch2/catch.hpp>

using namespace trame;

namespace {
std::string problem(const Status& status)
{
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == ErrorKind::Invalid);
    return status.error().describe();
}
} // namespace

TEST_CASE("A complete sample is valid", "[validation]")
{
    const BeneficiaryRecord r = sampleRecord(3);
    const InterviewTemplate t = sampleTemplate();
    CHECK(validate(r.person, "b").ok());
    CHECK(validate(r.caseFile, "b.case_file").ok());
    CHECK(validate(r.interviews[0], "b.interviews[0]", &t).ok());
    CHECK(validate(t, "t").ok());
}

TEST_CASE("Beneficiary rules name the field that breaks them", "[validation]")
{
    BeneficiaryRecord r = sampleRecord(3);
    Beneficiary b = r.person;
    b.lastName = "  ";
    CHECK(problem(validate(b, "beneficiaries[3]")) == "beneficiaries[3].last_name: is required");
    b = r.person;
    b.firstName = std::string(101, 'a');
    CHECK_THAT(problem(validate(b, "x")), Catch::StartsWith("x.first_name: is 101 characters long"));
    b = r.person;
    b.email = "not an address";
    CHECK_THAT(problem(validate(b, "x")), Catch::StartsWith("x.email:"));
    b = r.person;
    b.phone = "call me";
    CHECK_THAT(problem(validate(b, "x")), Catch::StartsWith("x.phone:"));
    b = r.person;
    b.consent.date = Date(1970, 1, 1);
    CHECK_THAT(problem(validate(b, "x")), Catch::StartsWith("x.consent.date: is before the birth date"));
    b = r.person;
    b.lastName = "Nom\nsur deux lignes";
    CHECK_THAT(problem(validate(b, "x")), Catch::StartsWith("x.last_name: contains a line break"));
}

TEST_CASE("Case file rules: obstacles, plan references, rhythm", "[validation]")
{
    const CaseFile good = sampleRecord(3).caseFile;

    CaseFile c = good;
    c.obstacles[1].id = c.obstacles[0].id;
    CHECK_THAT(problem(validate(c, "c")), Catch::StartsWith("c.obstacles[1].id:"));

    c = good;
    c.obstacles[0].liftedOn = Date(2026, 9, 2);
    CHECK(problem(validate(c, "c")) == "c.obstacles[0].lifted_on: is set but the obstacle is not lifted");

    c = good;
    c.obstacles[1].liftedOn = Date(2026, 8, 1);
    CHECK_THAT(problem(validate(c, "c")), Catch::Contains("is before identified_on"));

    c = good;
    c.plan[1].obstacleId = 999;
    CHECK(problem(validate(c, "c")) == "c.plan[1].obstacle: 999 is not the id of an obstacle of this case file");

    c = good;
    c.plan[0].title.clear();
    CHECK(problem(validate(c, "c")) == "c.plan[0].title: is required");

    c = good;
    c.rhythm->interval.count = 0;
    CHECK_THAT(problem(validate(c, "c")), Catch::StartsWith("c.rhythm.every.count"));

    // "Once, in a month" needs no event: the month counts from the interview.
    c = good;
    c.rhythm = FollowUpRhythm{RhythmKind::OnceAfter, {1, IntervalUnit::Month}, "", "un mois après"};
    CHECK(validate(c, "c").ok());

    c = good;
    c.referrals[0].partner.clear();
    CHECK(problem(validate(c, "c")) == "c.referrals[0].partner: is required");
    c.referrals[0].partnerName = "CAF de l'Isère";
    CHECK(validate(c, "c").ok());
    c.referrals[0].partner = "cpam";
    CHECK(problem(validate(c, "c")) == "c.referrals[0].partner_name: is set beside a catalogue partner");

    c = good;
    c.referrals[0].partner = "France Travail";
    CHECK_THAT(problem(validate(c, "c")), Catch::StartsWith("c.referrals[0].partner:"));

    c = good;
    c.situation = std::string(limits::kLong + 1, 'x');
    CHECK_THAT(problem(validate(c, "c")), Catch::StartsWith("c.situation: is 20001 characters"));
}

TEST_CASE("Interview rules: template items, duplicates, next appointment", "[validation]")
{
    const InterviewTemplate t = sampleTemplate();
    Interview i = sampleRecord(3).interviews[0];
    i.entries.push_back({"no_such_item", ItemStatus::Done, ""});
    CHECK(problem(validate(i, "i", &t)) == "i.entries[2].item: 'no_such_item' is not an item of template version 1");

    i = sampleRecord(3).interviews[0];
    i.entries.push_back(i.entries[0]);
    CHECK_THAT(problem(validate(i, "i", &t)), Catch::Contains("appears twice"));

    i = sampleRecord(3).interviews[0];
    i.nextAppointment = Date(2026, 9, 1);
    CHECK_THAT(problem(validate(i, "i")), Catch::StartsWith("i.next_appointment: 2026-09-01 is before"));
}

TEST_CASE("Template keys are unique across the whole tree", "[validation]")
{
    InterviewTemplate t = sampleTemplate();
    t.items[1].children.push_back({"initial_skills", "Doublon", {}});
    CHECK_THAT(problem(validate(t, "t")), Catch::Contains("'initial_skills' is used twice"));
}

TEST_CASE("A reference case without indicators must say why", "[validation]")
{
    ReferenceCase r;
    r.number = 3;
    r.title = r.titleInGuide = "Insertion professionnelle dans l'électricité";
    r.name = "Cissé";
    r.source = "Guide, cas 3";
    CHECK(problem(validate(r, "cases[2]")) == "cases[2].indicators_note: must say why there is no indicator");
    r.indicatorsNote = "Le guide ne donne pas d'indicateur pour ce cas.";
    CHECK(validate(r, "cases[2]").ok());
}

TEST_CASE("Small behaviours: overdue steps, next dates, display names", "[model]")
{
    PlanStep step;
    step.dueDate = Date(2026, 11, 1);
    CHECK(step.isOverdue(Date(2026, 11, 2)));
    CHECK_FALSE(step.isOverdue(Date(2026, 11, 1)));
    step.status = StepStatus::Done;
    CHECK_FALSE(step.isOverdue(Date(2026, 12, 1)));
    CHECK((Interval{2, IntervalUnit::Week}.after(Date(2026, 11, 28)) == Date(2026, 12, 12)));
    CHECK((Interval{3, IntervalUnit::Month}.after(Date(2026, 11, 30)) == Date(2027, 2, 28)));
    CHECK(sampleRecord(1).person.displayName() == "Mme Hélène Chabert");
}
