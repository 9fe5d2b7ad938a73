#include "services/AuthorizedChange.h"

#include "services/Actor.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

namespace {

struct Fixture : ServiceFixture {
    Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    storage::Database& db = workspace->database();

    std::vector<AuditEntry> entries() const { return storage::AuditRepository(db).list({}).value(); }
    std::optional<std::string> setting() const { return storage::readSetting(db, "probe").value(); }

    // A change that writes a setting and says so; `fail` makes it fail after writing.
    auto writeProbe(bool fail, int* runs)
    {
        return [this, fail, runs]() -> Result<Audited<int>> {
            ++*runs;
            if (Status written = storage::writeSetting(db, "probe", "written"); !written)
                return written.error();
            if (fail)
                return makeError(ErrorKind::Invalid, "probe", "refused after writing");
            return Audited<int>{42, {AuditAction::AccountChange, "setting", std::nullopt, "probe=written"}};
        };
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "An authorized change commits with its audit entry and returns its value", "[audit]")
{
    const std::size_t before = entries().size();
    int runs = 0;
    const auto done = authorizedChange(db, clock, admin, Status(Ok{}), writeProbe(false, &runs));
    REQUIRE(done.value_or(0) == 42);
    CHECK(setting() == "written");
    const auto after = entries();
    REQUIRE(after.size() == before + 1);
    CHECK(after.front().detail == "probe=written");
    CHECK(after.front().actor == admin.accountId());
    CHECK(after.front().at == clock.instant());
}

TEST_CASE_METHOD(Fixture, "A refused change never runs and a failing one leaves neither its writes nor an entry",
                 "[audit]")
{
    const std::size_t before = entries().size();
    int runs = 0;
    const auto refused =
        authorizedChange(db, clock, admin, Status(makeError(ErrorKind::Denied, {}, "no")), writeProbe(false, &runs));
    CHECK(refused.error().kind == ErrorKind::Denied);
    CHECK(runs == 0);
    const auto failed = authorizedChange(db, clock, admin, Status(Ok{}), writeProbe(true, &runs));
    CHECK(failed.error().kind == ErrorKind::Invalid);
    CHECK(runs == 1);
    CHECK_FALSE(setting()); // rolled back with the transaction
    CHECK(entries().size() == before);
}
