// Every file that holds personal data is its owner's alone (0600, folders 0700), whatever the
// umask: another account on the computer must not copy the database, its log or a backup.
#include "services/AppPaths.h"
#include "services/Backups.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"
#include "support/ManualClock.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/Users.h"
#include "support/UsualUmask.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

using namespace trame;
using namespace trame::services;

namespace {

mode_t modeOf(const std::string& path)
{
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

} // namespace

TEST_CASE("The database, its log, the backups and their folder are the owner's only", "[files][security]")
{
    const UsualUmask umask;
    TempDir dir;
    const std::string path = dir.file("trame.sqlite");
    auto workspace = Workspace::open(path).value();
    const ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 2));
    const Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    REQUIRE(CaseFiles(*workspace, clock, counsellor).create(sampleRecord(0).person).ok());
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + "-wal") == 0600);
    CHECK(modeOf(path + "-shm") == 0600);

    const auto taken = rotateBackups(*workspace, clock, true);
    REQUIRE(taken.ok());
    REQUIRE(taken->has_value());
    CHECK(modeOf(backupFolderFor(path)) == 0700);
    CHECK(modeOf((*taken)->path) == 0600);

    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    const std::string copy = dir.file("copie.sqlite");
    REQUIRE(backup(*workspace, clock, admin, copy).ok());
    CHECK(modeOf(copy) == 0600);
}

TEST_CASE("A file an older Trame left readable by all is narrowed when opened", "[files][security]")
{
    const UsualUmask umask;
    TempDir dir;
    const std::string path = dir.file("ancien.sqlite");
    Workspace::open(path).value().reset();
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    auto workspace = Workspace::open(path).value();
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("Trame's data folder is made the owner's only", "[files][security]")
{
    const UsualUmask umask;
    TempDir dir;
    const std::string folder = dir.file("share/Trame");
    REQUIRE(makePrivateDataFolder(folder).ok());
    CHECK(modeOf(folder) == 0700);
    REQUIRE(::chmod(folder.c_str(), 0755) == 0);
    REQUIRE(makePrivateDataFolder(folder).ok());
    CHECK(modeOf(folder) == 0700);
}
