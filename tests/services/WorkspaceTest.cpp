#include "services/Workspace.h"

#include "services/Maintenance.h"
#include "storage/Migrator.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

TEST_CASE("Opening a workspace creates and migrates the file", "[workspace]")
{
    TempDir dir;
    auto workspace = Workspace::open(dir.file("w.sqlite"));
    REQUIRE(workspace.ok());
    CHECK((*workspace)->schemaVersion() == storage::latestSchemaVersion());
    auto report = checkFile(dir.file("w.sqlite"));
    REQUIRE(report.ok());
    CHECK(report->healthy());
    CHECK(report->integrity == "ok");
}

TEST_CASE("Checking a missing file reports it and creates nothing", "[workspace]")
{
    TempDir dir;
    auto report = checkFile(dir.file("none.sqlite"));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::NotFound);
}

TEST_CASE("A folder nobody may write to is reported, not crashed on", "[workspace]")
{
    // /proc refuses new files even to root, unlike a chmod'ed folder.
    auto workspace = Workspace::open("/proc/trame-test.sqlite");
    REQUIRE_FALSE(workspace.ok());
    CHECK(workspace.error().kind == ErrorKind::Io);
    CHECK(workspace.error().path == "/proc/trame-test.sqlite");
}
