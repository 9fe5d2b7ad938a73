// Moving a structure's file onto a server: everything, verified, all or nothing.
#include "cli/CliHelpers.h"
#include "storage/Database.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <sstream>

namespace {

struct MoveFixture {
    TempDir dir;
    std::string file = dir.file("structure.sqlite");
    TestDatabase database{dir, "unused"};
    std::string owner = database.location();
    std::string workstation;

    MoveFixture()
    {
        REQUIRE(cli({"--db", file, "generate", "--beneficiaries", "120", "--seed", "7"}).exitCode == 0);
        initWithAdministrator(file);
        REQUIRE(cliAs("admin", file, {"user", "add", "cmartin", "--role", "conseiller"},
                      kPassword + "\n" + kPassword + "\n")
                    .exitCode == 0);
        REQUIRE(cliAs("admin", file, {"export", "--beneficiary", "3"}).exitCode == 0); // audited
        const auto prepared = cli({"--db", owner, "server", "init"});
        REQUIRE(prepared.exitCode == 0);
        std::istringstream lines(prepared.out);
        for (std::string line; std::getline(lines, line);)
            if (line.starts_with("postgresql://"))
                workstation = line;
    }
    ProcessResult move(const std::string& login) const
    {
        return cliAs(login, file, {"migrate-to-server", "--from", file, "--to", owner});
    }
};

} // namespace

TEST_CASE_METHOD(MoveFixture, "A file moved onto a server is the same there, its trail chained on", "[server][move]")
{
    const auto moved = move("admin");
    INFO(moved.err);
    REQUIRE(moved.exitCode == 0);
    CHECK_THAT(moved.out, Catch::Contains("beneficiaries: 120 rows"));
    CHECK_THAT(moved.out, Catch::Contains("audit_log: "));
    CHECK_THAT(moved.out, Catch::Contains("verified"));
    const auto fromFile = cliAs("admin", file, {"export"});
    const auto fromServer = cliAs("admin", workstation, {"export"});
    REQUIRE(fromServer.exitCode == 0);
    CHECK(fromServer.out == fromFile.out);
    const auto checked = cli({"--db", owner, "check"});
    CHECK(checked.exitCode == 0);
    CHECK_THAT(checked.out, Catch::Contains("audit trail: ok"));
    const auto again = move("admin");
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already holds"));
}

TEST_CASE_METHOD(MoveFixture, "Only a file's administrator moves it, and a failed move leaves the server empty",
                 "[server][move]")
{
    CHECK(move("cmartin").exitCode == 1);
    {
        auto asOwner = trame::storage::Database::open(owner).value();
        asOwner->exec("ALTER TABLE review_comments RENAME COLUMN text TO words");
    }
    const auto failed = move("admin");
    CHECK(failed.exitCode != 0);
    CHECK_THAT(failed.err, Catch::Contains("no column text"));
    auto asOwner = trame::storage::Database::open(owner).value();
    auto people = asOwner->prepare("SELECT (SELECT count(*) FROM beneficiaries) + (SELECT count(*) FROM accounts)");
    REQUIRE(people.step());
    CHECK(people.integer(0) == 0);
}
