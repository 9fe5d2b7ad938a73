// trame-cli end to end: the built binary, on real files in a temporary folder.
#include "support/Process.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace {
ProcessResult cli(const std::vector<std::string>& args, const std::string& input = {})
{
    return runProcess(TRAME_CLI_PATH, args, input);
}
} // namespace

TEST_CASE("trame-cli --help describes the commands and exits 0", "[cli]")
{
    const auto result = cli({"--help"});
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("Usage: trame-cli"));
    CHECK_THAT(result.out, Catch::Contains("init"));
    CHECK(result.err.empty());
}

TEST_CASE("trame-cli --version prints the version", "[cli]")
{
    const auto result = cli({"--version"});
    CHECK(result.exitCode == 0);
    CHECK(result.out == std::string("trame-cli ") + TRAME_VERSION + "\n");
}

TEST_CASE("An unknown option exits 2 with a message on stderr", "[cli]")
{
    const auto result = cli({"--no-such-option"});
    CHECK(result.exitCode == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("unknown option --no-such-option"));
}

TEST_CASE("An unknown command or none at all exits 2", "[cli]")
{
    CHECK(cli({"frobnicate"}).exitCode == 2);
    CHECK_THAT(cli({}).err, Catch::Contains("no command given"));
}

TEST_CASE("init creates a healthy file that check accepts", "[cli]")
{
    TempDir dir;
    const std::string db = dir.file("trame.sqlite");
    const auto init = cli({"--db", db, "init"});
    CHECK(init.exitCode == 0);
    CHECK(std::filesystem::exists(db));
    const auto check = cli({"--db", db, "check"});
    CHECK(check.exitCode == 0);
    CHECK_THAT(check.out, Catch::Contains("integrity: ok"));
}

TEST_CASE("check on a file that is not a database exits 1 and leaves it alone", "[cli]")
{
    TempDir dir;
    const std::string path = dir.file("garbage.sqlite");
    writeFile(path, std::string(4096, '\x7f'));
    const auto result = cli({"--db", path, "check"});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains(path));
    CHECK(readFile(path) == std::string(4096, '\x7f'));
}

TEST_CASE("init in a folder that does not exist exits 1 and names the folder", "[cli]")
{
    TempDir dir;
    const auto result = cli({"--db", dir.file("nowhere/trame.sqlite"), "init"});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("does not exist"));
}
