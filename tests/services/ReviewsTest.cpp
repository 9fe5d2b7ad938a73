#include "services/Reviews.h"

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
    Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    CaseFiles cases{*workspace, clock, counsellor};
    std::int64_t id = cases.create(sampleRecord(0).person).value();
    Reviews asCounsellor{*workspace, clock, counsellor};
    Reviews asSupervisor{*workspace, clock, supervisor};

    ReviewState state() { return cases.open(id).value().caseFile.reviewState; }
};
} // namespace

TEST_CASE_METHOD(Fixture, "Submit, comment per section, request changes, resubmit, validate: history kept", "[reviews]")
{
    CHECK(state() == ReviewState::Draft);
    CHECK(asSupervisor.comment(id, CaseSection::Plan, "Trop tôt").error().kind == ErrorKind::Conflict);
    REQUIRE(asCounsellor.submit(id, "Le plan d'action me pose question").ok());
    CHECK(state() == ReviewState::Submitted);
    CHECK(asCounsellor.submit(id, "").error().kind == ErrorKind::Conflict); // one round at a time
    const auto queue = asSupervisor.queue().value();
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].beneficiaryId == id);
    CHECK(queue[0].counsellor == "cmartin");

    clock.advance(hours(1));
    REQUIRE(asSupervisor.comment(id, CaseSection::Plan, "L'étape 2 n'a pas d'échéance.").ok());
    REQUIRE(asSupervisor.comment(id, CaseSection::Indicators, "Ajouter un indicateur de mobilité.").ok());
    CHECK(asSupervisor.comment(id, CaseSection::Plan, "   ").error().kind == ErrorKind::Invalid);
    REQUIRE(asSupervisor.requestChanges(id, "Deux points à reprendre").ok());
    CHECK(state() == ReviewState::ChangesRequested);
    CHECK(asSupervisor.queue().value().empty());
    CHECK(asSupervisor.validate(id, "").error().kind == ErrorKind::Conflict); // nothing pending
    // The counsellor is told which of their files came back, with the supervisor's words.
    const auto returned = asCounsellor.returnedToMe().value();
    REQUIRE(returned.size() == 1);
    CHECK(returned[0].beneficiaryId == id);
    CHECK(returned[0].decisionNote == "Deux points à reprendre");
    CHECK(Reviews(*workspace, clock, signInAs(*workspace, clock, Role::Counsellor, "autre"))
              .returnedToMe()
              .value()
              .empty());
    CHECK(asSupervisor.returnedToMe().error().kind == ErrorKind::Denied);

    // A save by the counsellor keeps the supervisor's decision.
    CaseFile file = cases.open(id).value().caseFile;
    file.reviewState = ReviewState::Draft;
    file.situation = "Reprise après relecture";
    REQUIRE(cases.saveCaseFile(file).ok());
    CHECK(state() == ReviewState::ChangesRequested);

    REQUIRE(asCounsellor.submit(id, "Corrigé").ok());
    CHECK(asCounsellor.returnedToMe().value().empty());
    CHECK(asSupervisor.queue().value().at(0).note == "Corrigé");
    REQUIRE(asSupervisor.validate(id, "Bien").ok());
    CHECK(state() == ReviewState::Validated);

    const auto history = asCounsellor.history(id).value(); // the counsellor reads it too
    REQUIRE(history.size() == 2);
    CHECK(history[0].outcome == ReviewState::Validated);
    CHECK(history[0].decisionNote == "Bien");
    CHECK(history[1].outcome == ReviewState::ChangesRequested);
    CHECK(history[1].note == "Le plan d'action me pose question");
    REQUIRE(history[1].comments.size() == 2);
    CHECK(history[1].comments[0].section == CaseSection::Plan);
    CHECK(history[1].comments[0].authorName == "sup");
    CHECK(history[1].comments[0].writtenAt.toString() == "2026-11-02T10:00:00Z");
}

TEST_CASE_METHOD(Fixture, "Roles hold in reviews: counsellors do not review, supervisors do not submit", "[reviews]")
{
    CHECK(asSupervisor.submit(id, "").error().kind == ErrorKind::Denied);
    REQUIRE(asCounsellor.submit(id, "").ok());
    CHECK(asCounsellor.comment(id, CaseSection::Plan, "moi-même").error().kind == ErrorKind::Denied);
    CHECK(asCounsellor.validate(id, "").error().kind == ErrorKind::Denied);
    CHECK(asCounsellor.queue().error().kind == ErrorKind::Denied);
    const Actor other = signInAs(*workspace, clock, Role::Counsellor, "autre");
    CHECK(Reviews(*workspace, clock, other).history(id).error().kind == ErrorKind::Denied);
}
