#include "services/CaseFiles.h"
#include "domain/CaseFileRules.h"

#include "services/AuditTrail.h"
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
    CHECK(record->person.createdAt == Timestamp::parse("2026-11-02T09:00:00Z"));
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
    c.plan.push_back({0, "Rencontre", "", std::nullopt, StepStatus::Planned, "", "", 999});
    CHECK(cases.saveCaseFile(c).error().describe() ==
          "plan[0].obstacle: 999 is not the id of an obstacle of this case file");
    CHECK(cases.open(id)->caseFile.version == 1);
}

TEST_CASE_METHOD(Fixture, "A row added but not yet named waits on screen, a stored one wiped is refused", "[casefiles]")
{
    const auto id = newPerson();
    CaseFile c = cases.open(id)->caseFile;
    c.plan.push_back({0, "  Rencontre Wimoov ", "", std::nullopt, StepStatus::Planned, "", "", std::nullopt});
    c.plan.push_back({0, "", "", std::nullopt, StepStatus::Planned, "", "", std::nullopt});
    c.indicators.push_back({"", "Dans 6 mois", "", std::nullopt, ""});
    CaseFile edited = c;
    REQUIRE(cases.saveCaseFile(c).ok());
    // Stored: the named step, trimmed; the blank step and the unnamed indicator are not.
    const CaseFile stored = cases.open(id)->caseFile;
    REQUIRE(stored.plan.size() == 1);
    CHECK(stored.plan[0].title == "Rencontre Wimoov");
    CHECK(stored.indicators.empty());
    // The copy on screen keeps its rows as typed and takes the new id and version.
    trame::rules::adoptStoredIds(edited, c);
    REQUIRE(edited.plan.size() == 2);
    CHECK(edited.plan[0].title == "  Rencontre Wimoov ");
    CHECK(edited.plan[0].id == stored.plan[0].id);
    CHECK(edited.plan[1].id == 0);
    CHECK(edited.version == stored.version);

    edited.plan[0].title = " ";
    CHECK(cases.saveCaseFile(edited).error().describe() == "plan[0].title: is required");
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

TEST_CASE_METHOD(Fixture, "The list exported is the list as filtered, every page, the counsellor's own, audited",
                 "[casefiles][export]")
{
    for (int i = 0; i < 60; ++i)
        REQUIRE(cases.create(sampleRecord(0, "Martin" + std::to_string(i)).person).ok());
    const Actor colleague = signInAs(*workspace, clock, Role::Counsellor, "sdupont");
    REQUIRE(CaseFiles(*workspace, clock, colleague).create(sampleRecord(0, "Autre").person).ok());

    BeneficiaryQuery page;
    page.limit = 10;
    page.offset = 20;
    const auto all = cases.exportList(page);
    REQUIRE(all.ok());
    CHECK(all->size() == 60); // every page, none of the colleague's
    BeneficiaryQuery search;
    search.search = "Martin5";
    CHECK(cases.exportList(search).value().size() == 11); // Martin5, Martin50…59

    const Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    CHECK(CaseFiles(*workspace, clock, supervisor).exportList({}).value().size() == 61);
    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    CHECK(CaseFiles(*workspace, clock, admin).exportList({}).error().kind == ErrorKind::Denied);

    AuditFilter exports;
    exports.action = AuditAction::Export;
    exports.recordKind = "list";
    const auto entries = AuditTrail(*workspace, clock, admin).list(exports).value();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].detail == "rows=61");
    CHECK(entries[2].detail == "rows=60");
}
