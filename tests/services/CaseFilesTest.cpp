#include "services/CaseFiles.h"

#include "services/Clock.h"
#include "services/Workspace.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;
using namespace std::chrono;

namespace {
struct Fixture : ServiceFixture {
    CaseFiles cases{*workspace, clock, signInAs(*workspace, clock, Role::Counsellor, "cmartin")};

    std::int64_t newPerson(const std::string& lastName = "Chabert")
    {
        Beneficiary b = sampleRecord(0, lastName).person;
        auto id = cases.create(b);
        REQUIRE(id.ok());
        return *id;
    }
};
} // namespace

TEST_CASE_METHOD(Fixture, "Creating a beneficiary stamps it and opens an empty case file", "[casefiles]")
{
    const auto id = newPerson();
    const auto record = cases.open(id);
    REQUIRE(record.ok());
    CHECK(record->person.createdAt == "2026-11-02T09:00:00Z");
    CHECK(record->caseFile.version == 1);
    CHECK(record->caseFile.obstacles.empty());
    CHECK(record->interviews.empty());
    CHECK(cases.count({}).value() == 1);
}

TEST_CASE_METHOD(Fixture, "An invalid person is refused with the field named, and nothing is stored", "[casefiles]")
{
    Beneficiary b = sampleRecord(0).person;
    b.lastName = "";
    const auto id = cases.create(b);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().describe() == "last_name: is required");
    CHECK(cases.count({}).value() == 0);
}

TEST_CASE_METHOD(Fixture, "Saving a case file bumps its version, a stale copy gets a conflict", "[casefiles][conflict]")
{
    const auto id = newPerson();
    CaseFile mine = cases.open(id)->caseFile;
    CaseFile theirs = cases.open(id)->caseFile;
    theirs.situation = "Vu par la collègue";
    REQUIRE(cases.saveCaseFile(theirs).ok());
    CHECK(theirs.version == 2);
    mine.situation = "Vu par moi";
    const Status stale = cases.saveCaseFile(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(cases.open(id)->caseFile.situation == "Vu par la collègue");
}

TEST_CASE_METHOD(Fixture, "A case file breaking a rule is not saved", "[casefiles]")
{
    const auto id = newPerson();
    CaseFile c = cases.open(id)->caseFile;
    c.plan.push_back({0, "", "", std::nullopt, StepStatus::Planned, "", std::nullopt});
    CHECK(cases.saveCaseFile(c).error().describe() == "plan[0].title: is required");
    CHECK(cases.open(id)->caseFile.version == 1);
}

TEST_CASE_METHOD(Fixture, "Interviews are checked against the Annexe 1 template they use", "[casefiles][interviews]")
{
    const auto id = newPerson();
    Interview i;
    i.beneficiaryId = id;
    i.heldOn = clock.today();
    i.templateVersion = 1;
    i.entries = {{"job_search_mock_interviews", ItemStatus::InProgress, "Simulation prévue"}};
    REQUIRE(cases.saveInterview(i).ok());
    CHECK(i.id > 0);
    i.entries.push_back({"invented_item", ItemStatus::Done, ""});
    CHECK_THAT(cases.saveInterview(i).error().message, Catch::Contains("not an item of template version 1"));
    i.entries.pop_back();
    i.templateVersion = 9;
    CHECK(cases.saveInterview(i).error().describe() == "template_version: template version 9 is unknown");
    CHECK(cases.open(id)->interviews.size() == 1);
}

TEST_CASE_METHOD(Fixture, "The reference content is the seeded guide", "[casefiles]")
{
    const auto references = cases.references();
    REQUIRE(references.ok());
    CHECK(references->cases.size() == 6);
}
