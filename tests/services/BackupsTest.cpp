#include "services/Backups.h"

#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"
#include "support/DbDump.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace trame;
using namespace trame::services;
using namespace std::chrono;

namespace {
struct Fixture : ServiceFixture {
    Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");

    std::int64_t person(const std::string& name)
    {
        return CaseFiles(*workspace, clock, counsellor).create(sampleRecord(0, name).person).value();
    }
};
} // namespace

TEST_CASE_METHOD(Fixture, "Automatic backups: one a day, one at each closing, the oldest dropped", "[backups][file]")
{
    CHECK(listBackups(path).value().empty());
    person("Avant");
    const auto first = rotateBackups(*workspace, clock, false); // none yet: taken
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->takenAt.toString() == "2026-11-02T09:00:00Z");
    CHECK((*first)->path == (std::filesystem::path(dir.file("backups")) / "trame-20261102T090000Z.sqlite").string());
    CHECK(checkFile((*first)->path)->healthy());

    clock.advance(hours(23));
    CHECK_FALSE(rotateBackups(*workspace, clock, false)->has_value()); // less than a day old
    clock.advance(hours(1));
    CHECK(rotateBackups(*workspace, clock, false)->has_value());
    for (int i = 0; i < 8; ++i) {
        clock.advance(minutes(5));
        REQUIRE(rotateBackups(*workspace, clock, true)->has_value()); // closing
    }
    const auto kept = listBackups(path).value();
    REQUIRE(kept.size() == 7);
    CHECK(kept.front().takenAt.toString() == "2026-11-03T09:40:00Z"); // newest first
    CHECK(kept.back().takenAt.toString() == "2026-11-03T09:10:00Z");
}

TEST_CASE_METHOD(Fixture, "How many backups to keep is the administrator's, from 1 to 60", "[backups][file]")
{
    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    CHECK(setBackupsKept(*workspace, clock, counsellor, 3).error().kind == ErrorKind::Denied);
    CHECK(setBackupsKept(*workspace, clock, admin, 0).error().kind == ErrorKind::Invalid);
    CHECK(setBackupsKept(*workspace, clock, admin, 61).error().kind == ErrorKind::Invalid);
    REQUIRE(setBackupsKept(*workspace, clock, admin, 2).ok());
    for (int i = 0; i < 4; ++i) {
        clock.advance(seconds(1));
        REQUIRE(rotateBackups(*workspace, clock, true).ok());
    }
    CHECK(listBackups(path).value().size() == 2);
}

TEST_CASE_METHOD(Fixture, "Restoring puts the backup in place and keeps the replaced file", "[backups][file]")
{
    person("Sauvegardé");
    const std::string backup = rotateBackups(*workspace, clock, true).value()->path;
    const std::string atBackup = dumpDatabase(backup, {"audit_log", "accounts"});
    person("Après la sauvegarde");
    workspace.reset();
    const std::string current = dumpDatabase(path);

    // A damaged backup is refused, and nothing moves.
    const std::string broken = dir.file("broken.sqlite");
    writeFile(broken, std::string(8192, 'x'));
    CHECK_FALSE(restoreBackup(path, broken, clock).ok());
    CHECK(dumpDatabase(path) == current);

    const auto aside = restoreBackup(path, backup, clock);
    REQUIRE(aside.ok());
    CHECK(*aside == path + ".before-restore-20261102T090000Z");
    CHECK(dumpDatabase(path, {"audit_log", "accounts"}) == atBackup);
    CHECK(dumpDatabase(*aside) == current); // the replaced file, whole
    CHECK(Workspace::open(path).ok());
}

TEST_CASE_METHOD(Fixture, "A session open during a restore stops writing, and writes nothing to the old file",
                 "[backups][file]")
{
    person("Avant");
    const std::string backup = rotateBackups(*workspace, clock, true).value()->path;
    // Another program restores while this session is open.
    const auto aside = restoreBackup(path, backup, clock);
    REQUIRE(aside.ok());
    const std::string old = dumpDatabase(*aside, {"audit_log"});
    const auto refused = CaseFiles(*workspace, clock, counsellor).create(sampleRecord(1, "Après").person);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Io);
    CHECK_THAT(refused.error().message, Catch::Contains("was replaced or moved while Trame had it open"));
    CHECK(dumpDatabase(*aside, {"audit_log"}) == old); // nothing landed aside
    workspace.reset();
    // The restored file is whole, and the person created after the backup is not in it.
    const auto reopened = Workspace::open(path);
    REQUIRE(reopened.ok());
    CHECK(dumpDatabase(path).find("Après") == std::string::npos);
}
