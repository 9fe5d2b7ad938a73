#include "services/AuditTrail.h"

#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/RecordLoader.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;
using namespace std::chrono;

namespace {
struct Fixture : ServiceFixture {
    std::vector<AuditEntry> all(const Actor& reader) { return AuditTrail(*workspace, clock, reader).list({}).value(); }
};
} // namespace

TEST_CASE_METHOD(Fixture, "Each view, creation and change writes one entry naming records by id only", "[audit]")
{
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    const Actor sup = signInAs(*workspace, clock, Role::Supervisor, "sup");
    CaseFiles cases(*workspace, clock, claire);
    const std::size_t start = all(sup).size();
    const std::int64_t id = cases.create(sampleRecord(0, "Zerbib").person).value();
    BeneficiaryRecord record = cases.open(id).value();
    record.caseFile.situation = "Cherche un emploi de gardienne d'immeuble";
    REQUIRE(cases.saveCaseFile(record.caseFile).ok());
    record.person.phone = "06 00 00 00 00";
    REQUIRE(cases.savePerson(record.person).ok());
    const auto entries = all(sup);
    REQUIRE(entries.size() == start + 4); // reading the trail is not itself an entry
    // Newest first.
    CHECK(entries[0].action == AuditAction::Change);
    CHECK(entries[0].recordKind == "beneficiary");
    CHECK(entries[1].action == AuditAction::Change);
    CHECK(entries[1].recordKind == "case_file");
    CHECK(entries[2].action == AuditAction::View);
    CHECK(entries[3].action == AuditAction::Create);
    for (int i = 0; i < 4; ++i) {
        CHECK(entries[static_cast<std::size_t>(i)].recordId == id);
        CHECK(entries[static_cast<std::size_t>(i)].actorLogin == "cmartin");
        CHECK(entries[static_cast<std::size_t>(i)].detail.find("Zerbib") == std::string::npos);
    }
}

TEST_CASE_METHOD(Fixture, "A change that fails writes no entry", "[audit]")
{
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    const Actor sup = signInAs(*workspace, clock, Role::Supervisor, "sup");
    CaseFiles cases(*workspace, clock, claire);
    const std::int64_t id = cases.create(sampleRecord(0).person).value();
    CaseFile stale = cases.open(id).value().caseFile;
    CaseFile current = stale;
    current.situation = "première version";
    REQUIRE(cases.saveCaseFile(current).ok());
    const std::size_t before = all(sup).size();
    stale.situation = "version concurrente";
    CHECK(cases.saveCaseFile(stale).error().kind == ErrorKind::Conflict);
    CHECK(all(sup).size() == before);
}

TEST_CASE_METHOD(Fixture, "Entries cannot be changed or deleted, except the purge of entries over a year old",
                 "[audit]")
{
    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    storage::Database& db = workspace->database();
    CHECK_THROWS_WITH(db.exec("UPDATE audit_log SET detail = 'forged'"),
                      Catch::Contains("audit entries cannot be changed"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM audit_log"),
                      Catch::Contains("audit entries younger than 12 months cannot be deleted"));
    // Entries of November 2024: over a year old by any clock.
    clock.set(sys_days(year(2024) / November / 2) + hours(9));
    const Actor old = signInAs(*workspace, clock, Role::Counsellor, "ancien");
    clock.set(sys_days(year(2026) / November / 2) + hours(9));
    AuditTrail trail(*workspace, clock, admin);
    const std::size_t before = trail.list({}).value().size();
    AuditFilter old2024;
    old2024.to = "2025-01-01";
    const std::size_t due = trail.list(old2024).value().size();
    REQUIRE(due >= 3); // ancien's creation and sign-ins
    const auto purged = trail.purge();
    REQUIRE(purged.ok());
    CHECK(*purged == static_cast<std::int64_t>(due));
    CHECK(trail.list(old2024).value().empty());
    const auto after = trail.list({}).value();
    CHECK(after.size() == before - due + 1);
    CHECK(after[0].action == AuditAction::Purge);
    CHECK_THAT(after[0].detail, Catch::Contains("count=" + std::to_string(due)));
    // The bound the purge opened is closed again.
    CHECK_THROWS(db.exec("DELETE FROM audit_log"));
    static_cast<void>(old);
}

TEST_CASE_METHOD(Fixture, "The trail filters by user, action, record and date", "[audit]")
{
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    const Actor sup = signInAs(*workspace, clock, Role::Supervisor, "sup");
    CaseFiles cases(*workspace, clock, claire);
    const std::int64_t first = cases.create(sampleRecord(0).person).value();
    clock.advance(hours(48));
    const std::int64_t second = cases.create(sampleRecord(0, "Deux").person).value();
    AuditTrail trail(*workspace, clock, sup);
    AuditFilter filter;
    filter.actorLogin = "cmartin";
    filter.action = AuditAction::Create;
    CHECK(trail.list(filter).value().size() == 2);
    filter.recordId = first;
    CHECK(trail.list(filter).value().size() == 1);
    filter.recordId.reset();
    filter.from = "2026-11-03";
    const auto recent = trail.list(filter).value();
    REQUIRE(recent.size() == 1);
    CHECK(recent[0].recordId == second);
    filter.limit = 0;
    CHECK(trail.list(filter).error().kind == ErrorKind::Invalid);
}

TEST_CASE_METHOD(Fixture, "Disabling an account stops its open session at its next action, and logs why",
                 "[audit][accounts]")
{
    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    CaseFiles cases(*workspace, clock, claire);
    const std::int64_t id = cases.create(sampleRecord(0).person).value();
    CaseFile file = cases.open(id).value().caseFile;
    file.situation = "Avant la désactivation";
    REQUIRE(cases.saveCaseFile(file).ok());

    Accounts accounts(*workspace, clock);
    REQUIRE(accounts.setActive(admin, claire.accountId(), false).ok());
    file.situation = "Après la désactivation";
    const Status refused = cases.saveCaseFile(file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Denied);
    CHECK_THAT(refused.error().message, Catch::StartsWith("this account is disabled"));
    CHECK(cases.open(id).error().kind == ErrorKind::Denied);
    CHECK(cases.find({}).error().kind == ErrorKind::Denied);
    CHECK(accounts.changePassword(claire, kTestPassword, "un autre mot de passe").error().kind == ErrorKind::Denied);

    const auto denied = storage::AuditRepository(workspace->database())
                            .list([] {
                                AuditFilter f;
                                f.action = AuditAction::Denied;
                                return f;
                            }())
                            .value();
    REQUIRE(denied.size() == 3);
    for (const AuditEntry& e : denied) {
        CHECK(e.actor == claire.accountId());
        CHECK_THAT(e.detail, Catch::Contains("reason=disabled"));
    }
    // Nothing written for the refused save: the situation is the one saved before.
    REQUIRE(accounts.setActive(admin, claire.accountId(), true).ok());
    CHECK(cases.open(id).value().caseFile.situation == "Avant la désactivation");
}
