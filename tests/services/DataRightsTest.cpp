#include "services/DataRights.h"

#include "services/Appointments.h"
#include "services/AuditTrail.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/Reviews.h"
#include "services/Workspace.h"
#include "storage/PersonRemoval.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace trame;
using namespace trame::services;
using namespace std::chrono;

namespace {
// Lowercase, as the search index stores its terms: a canary it kept would be found too.
const std::string kCanary = "qzwcanaryxv";

struct Fixture : ServiceFixture {
    Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    DataRights rights{*workspace, clock, admin};

    // A person whose every text field carries the canary, with an interview and a review comment.
    std::int64_t marked()
    {
        CaseFiles cases(*workspace, clock, counsellor);
        BeneficiaryRecord record = sampleRecord(0, kCanary);
        record.person.firstName = kCanary + "prénom";
        record.person.address = "12 rue " + kCanary;
        record.person.email = kCanary + "@example.org";
        const std::int64_t id = cases.create(record.person).value();
        CaseFile file = cases.open(id).value().caseFile;
        file.situation = "Suivi psychologique " + kCanary;
        file.obstacles = record.caseFile.obstacles;
        for (Obstacle& o : file.obstacles) {
            o.id = 0;
            o.description = kCanary + " " + o.description;
        }
        file.plan.clear();
        REQUIRE(cases.saveCaseFile(file).ok());
        Interview interview = record.interviews.front();
        interview.id = 0;
        interview.beneficiaryId = id;
        interview.selfAssessment = kCanary + " se sent mieux";
        REQUIRE(cases.saveInterview(interview).ok());
        REQUIRE(Reviews(*workspace, clock, counsellor).submit(id, kCanary).ok());
        REQUIRE(Reviews(*workspace, clock, supervisor).comment(id, CaseSection::Situation, kCanary).ok());
        return id;
    }

    std::size_t canaries()
    {
        std::size_t found = 0;
        for (const std::string& file : {path, path + "-wal"}) {
            const std::string bytes = readFile(file);
            for (std::size_t at = bytes.find(kCanary); at != std::string::npos; at = bytes.find(kCanary, at + 1))
                ++found;
        }
        return found;
    }
};
} // namespace

TEST_CASE_METHOD(Fixture, "Erasure leaves no byte of the person in the file or its WAL, and counts survive",
                 "[rights][file]")
{
    const std::int64_t kept = CaseFiles(*workspace, clock, counsellor).create(sampleRecord(0, "Reste").person).value();
    const std::int64_t id = marked();
    REQUIRE(canaries() > 0); // the test can see the canary when it is there
    REQUIRE(rights.erase(id).ok());
    CHECK(canaries() == 0);
    CHECK(storage::PersonRemoval(workspace->database()).anonymousCount().value() == 1);
    CHECK(CaseFiles(*workspace, clock, counsellor).open(id).error().kind == ErrorKind::Denied); // gone, like others'
    CHECK(CaseFiles(*workspace, clock, counsellor).open(kept).ok());
    AuditFilter filter;
    filter.action = AuditAction::Erase;
    const auto erased = AuditTrail(*workspace, clock, admin).list(filter).value();
    REQUIRE(erased.size() == 1);
    CHECK(erased[0].recordId == id);
    // Reopening the file changes nothing: the bytes are gone, not hidden.
    workspace.reset();
    workspace = Workspace::open(path).value();
    CHECK(canaries() == 0);
}

TEST_CASE_METHOD(Fixture, "A case file number is never given again after an erasure", "[rights]")
{
    CaseFiles cases(*workspace, clock, counsellor);
    const std::int64_t first = cases.create(sampleRecord(0).person).value();
    const std::int64_t last = cases.create(sampleRecord(1).person).value();
    REQUIRE(rights.erase(last).ok());
    // The audit trail still speaks of number `last`: the next person must not take it.
    const std::int64_t next = cases.create(sampleRecord(2).person).value();
    CHECK(next > last);
    REQUIRE(rights.erase(next).ok());
    REQUIRE(rights.erase(first).ok());
    CHECK(cases.create(sampleRecord(3).person).value() > next);
}

TEST_CASE_METHOD(Fixture, "Who may erase a person may see who they are, and the look is audited", "[rights]")
{
    const std::int64_t id = CaseFiles(*workspace, clock, counsellor).create(sampleRecord(0).person).value();
    const auto person = rights.identify(id);
    REQUIRE(person.ok());
    CHECK(person->lastName == sampleRecord(0).person.lastName);
    CHECK(AuditTrail(*workspace, clock, admin).list({}).value().front().detail == "identify");
    CHECK(DataRights(*workspace, clock, supervisor).identify(id).error().kind == ErrorKind::Denied);
    CHECK(rights.identify(999).error().kind == ErrorKind::NotFound);
}

TEST_CASE_METHOD(Fixture, "Erasing someone who does not exist changes nothing", "[rights]")
{
    CHECK(rights.erase(999).error().kind == ErrorKind::NotFound);
    CHECK(storage::PersonRemoval(workspace->database()).anonymousCount().value() == 0);
}

TEST_CASE_METHOD(Fixture, "The person's export holds their record and the reviews of their case file", "[rights]")
{
    const std::int64_t id = marked();
    const auto text = rights.exportPerson(id);
    REQUIRE(text.ok());
    const auto json = nlohmann::json::parse(*text);
    CHECK(json["format"] == "trame-person/1");
    CHECK(json["record"]["format"] == "trame/1");
    CHECK(json["record"]["beneficiaries"].size() == 1);
    CHECK(json["record"]["beneficiaries"][0]["id"] == id);
    REQUIRE(json["reviews"].size() == 1);
    CHECK(json["reviews"][0]["comments"][0]["text"] == kCanary);
    CHECK(json["reviews"][0]["comments"][0]["section"] == "situation");
}

TEST_CASE_METHOD(Fixture, "Retention lists people with no contact for 24 months, then anonymises them", "[rights]")
{
    CaseFiles cases(*workspace, clock, counsellor);
    const std::int64_t recent = cases.create(sampleRecord(0, "Récent").person).value();
    // Created in 2024, last seen on 1 October 2024: past 24 months on 2 November 2026.
    clock.set(sys_days(year(2024) / September / 1) + hours(9));
    const std::int64_t old = cases.create(sampleRecord(0, "Ancien").person).value();
    Interview seen = sampleRecord(0).interviews.front();
    seen.id = 0;
    seen.beneficiaryId = old;
    seen.heldOn = Date(2024, 10, 1);
    seen.nextAppointment.reset();
    REQUIRE(cases.saveInterview(seen).ok());
    // Created in 2024 but seen in 2025: kept.
    const std::int64_t followed = cases.create(sampleRecord(0, "Suivi").person).value();
    seen.beneficiaryId = followed;
    seen.id = 0;
    seen.heldOn = Date(2025, 6, 1);
    REQUIRE(cases.saveInterview(seen).ok());
    // Interviewed in 2024, but came to an appointment in 2025: kept. Another missed every
    // appointment since 2024: a no-show is no contact.
    const std::int64_t cameBack = cases.create(sampleRecord(0, "Revenue").person).value();
    const std::int64_t neverCame = cases.create(sampleRecord(0, "Absente").person).value();
    Appointments appointments(*workspace, clock, counsellor);
    for (const std::int64_t who : {cameBack, neverCame}) {
        Appointment a;
        a.beneficiaryId = who;
        a.start = {Date(2025, 3, 4), 10 * 60};
        const Appointment planned = appointments.plan(a).value().appointment;
        clock.set(sys_days(year(2025) / March / 5) + hours(9));
        Appointment qualified = planned;
        qualified.status = who == cameBack ? AppointmentStatus::Honoured : AppointmentStatus::NoShow;
        REQUIRE(appointments.save(qualified).ok());
        clock.set(sys_days(year(2024) / September / 1) + hours(9));
    }
    clock.set(sys_days(year(2026) / November / 2) + hours(9));

    const auto due = rights.retentionCandidates().value();
    REQUIRE(due.size() == 2);
    // The oldest contact first: her creation, then his interview.
    CHECK(due[0].id == neverCame);
    CHECK(due[0].lastContact == Date(2024, 9, 1));
    CHECK(due[1].id == old);
    CHECK(due[1].lastContact == Date(2024, 10, 1));
    CHECK(rights.retentionCandidates().value().size() == 2); // the dry run changed nothing
    CHECK(rights.applyRetention().value() == 2);
    CHECK(rights.retentionCandidates().value().empty());
    CHECK(cases.open(recent).ok());
    CHECK(cases.open(followed).ok());
    CHECK(cases.open(cameBack).ok());
    CHECK(cases.open(old).error().kind == ErrorKind::Denied);
    CHECK(DataRights(*workspace, clock, counsellor).applyRetention().error().kind == ErrorKind::Denied);
}
