#include "services/AuditChain.h"

#include "services/CaseFiles.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

namespace {

// A file with a trail of a few dozen entries, closed, so that tampering goes through another
// connection as it would through another tool.
struct Fixture : ServiceFixture {
    Fixture()
    {
        CaseFiles cases(*workspace, clock, signInAs(*workspace, clock, Role::Counsellor, "cmartin"));
        for (int i = 0; i < 5; ++i)
            REQUIRE(cases.open(cases.create(sampleRecord(0, "Personne " + std::to_string(i)).person).value()).ok());
        workspace.reset();
    }
    void tamper(const std::string& sql) const
    {
        auto db = storage::Database::open(path).value();
        const std::string on = db->isServer() ? " ON audit_log" : "";
        db->exec("DROP TRIGGER IF EXISTS audit_log_no_update" + on);
        db->exec("DROP TRIGGER IF EXISTS audit_log_no_delete" + on);
        db->exec(sql);
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Every entry is chained and check verifies the chain", "[audit][chain]")
{
    const auto report = checkFile(path).value();
    CHECK(report.auditChain == "ok");
    CHECK(report.chainedEntries >= 12); // the accounts, five creations and openings
    CHECK(report.unchainedEntries == 0);
    CHECK(report.chainHead.size() == 64);
    CHECK(report.healthy());
}

TEST_CASE_METHOD(Fixture, "An entry changed, removed or slipped in breaks the chain, and check says where",
                 "[audit][chain]")
{
    SECTION("changed")
    {
        tamper("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 5");
        const auto report = checkFile(path).value();
        CHECK_THAT(report.auditChain, Catch::StartsWith("entry 5 does not follow"));
        CHECK_FALSE(report.healthy());
    }
    SECTION("removed")
    {
        tamper("DELETE FROM audit_log WHERE id = 6");
        CHECK_THAT(checkFile(path).value().auditChain, Catch::StartsWith("entry 7 does not follow"));
    }
    SECTION("back-dated, without a link")
    {
        tamper("INSERT INTO audit_log (at, action, record_kind, detail) VALUES ('2025-01-01T00:00:00Z', 'view', "
               "'beneficiary', 'forged')");
        CHECK_THAT(checkFile(path).value().auditChain, Catch::Contains("has no link"));
    }
}

TEST_CASE_METHOD(Fixture, "Dropped guards are put back at the next opening, and the trail says so", "[audit][chain]")
{
    tamper("SELECT 1");
    workspace = Workspace::open(path).value();
    const storage::AuditRepository trail(workspace->database());
    CHECK(trail.missingGuards().value() == 0);
    CHECK_THROWS(workspace->database().exec("UPDATE audit_log SET detail = 'x' WHERE id = 1"));
    AuditFilter filter;
    filter.recordKind = "audit";
    const auto entries = trail.list(filter).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].detail == "guards_reinstalled=2");
    workspace.reset();
    CHECK(checkFile(path).value().auditChain == "ok"); // its own entry is chained too
}
