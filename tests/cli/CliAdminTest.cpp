// trame-cli's accounts, audit trail and data-rights commands, end to end on real files.
#include "cli/CliHelpers.h"
#include "domain/Document.h"
#include "storage/Database.h"
#include "support/DbDump.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace {
// A name found nowhere else, not even in the guide (whose first case is a Mme Chabert).
const std::string kName = "Zyqueldorf";

struct AdminFixture {
    TempDir dir;
    TestDatabase database{dir, "trame.sqlite"};
    std::string db = database.location();

    AdminFixture()
    {
        initWithAdministrator(db);
        addUser("cmartin", "conseiller"); // the samples' counsellor
        addUser("sup", "superviseur");
        trame::Document doc;
        doc.beneficiaries = {sampleRecord(1, kName), sampleRecord(2, "Cissé")};
        doc.beneficiaries[1].interviews.front().heldOn = trame::Date(2020, 3, 2); // long ago
        doc.beneficiaries[1].interviews.front().nextAppointment.reset();
        doc.beneficiaries[1].person.createdAt = trame::Timestamp::parse("2020-01-06T09:00:00Z");
        const std::string file = dir.file("people.json");
        writeFile(file, trame::serializeDocument(doc));
        REQUIRE(as("admin", {"import", file}).exitCode == 0);
    }
    void addUser(const std::string& login, const std::string& role)
    {
        const auto added = as("admin", {"user", "add", login, "--role", role, "--name", "Nom " + login},
                              kPassword + "\n" + kPassword + "\n");
        INFO(added.err);
        REQUIRE(added.exitCode == 0);
    }
    ProcessResult as(const std::string& login, const std::vector<std::string>& args, const std::string& input = {})
    {
        return cliAs(login, db, args, input);
    }
};
} // namespace

TEST_CASE("The first administrator needs no --user, and every later account needs an administrator's",
          "[cli][accounts]")
{
    TempDir dir;
    const TestDatabase database(dir, "t.sqlite");
    const std::string db = database.location();
    REQUIRE(cli({"--db", db, "init"}).exitCode == 0);
    const auto mismatch =
        cli({"--db", db, "user", "add", "chef", "--role", "administrateur"}, kPassword + "\n" + kPassword + "x\n");
    CHECK(mismatch.exitCode == 2);
    CHECK_THAT(mismatch.err, Catch::Contains("the two new passwords differ"));
    const auto weak = cli({"--db", db, "user", "add", "chef", "--role", "administrateur"}, "court\ncourt\n");
    CHECK(weak.exitCode == 2);
    CHECK_THAT(weak.err, Catch::Contains("at least 12 characters"));
    CHECK(cli({"--db", db, "user", "add", "chef", "--role", "chef"}).exitCode == 2);
    const auto first =
        cli({"--db", db, "user", "add", "chef", "--role", "administrateur"}, kPassword + "\n" + kPassword + "\n");
    CHECK(first.exitCode == 0);
    CHECK_THAT(first.out, Catch::Contains("Administrator chef created"));
    const auto second =
        cli({"--db", db, "user", "add", "autre", "--role", "conseiller"}, kPassword + "\n" + kPassword + "\n");
    CHECK(second.exitCode == 2);
    CHECK_THAT(second.err, Catch::Contains("--user"));
    CHECK(cliAs("chef", db, {"user", "add", "autre", "--role", "conseiller"}, kPassword + "\n" + kPassword + "\n")
              .exitCode == 0);
}

TEST_CASE_METHOD(AdminFixture, "user list, disable, enable and reset-password", "[cli][accounts]")
{
    const auto list = as("admin", {"user", "list"});
    REQUIRE(list.exitCode == 0);
    CHECK_THAT(list.out, Catch::Contains("cmartin") && Catch::Contains("conseiller") && Catch::Contains("sup"));
    CHECK(as("cmartin", {"user", "list"}).exitCode == 1);
    CHECK(as("admin", {"user", "disable", "cmartin"}).exitCode == 0);
    CHECK_THAT(as("cmartin", {"export", "--beneficiary", "1"}).err, Catch::Contains("disabled"));
    CHECK(as("admin", {"user", "enable", "cmartin"}).exitCode == 0);
    CHECK(as("admin", {"user", "reset-password", "cmartin"}, "nouveau mot de passe\nnouveau mot de passe\n").exitCode ==
          0);
    CHECK(as("cmartin", {"export", "--beneficiary", "1"}).exitCode == 1); // the old password no longer works
    CHECK(cli({"--db", db, "--user", "cmartin", "export", "--beneficiary", "1"}, "nouveau mot de passe\n").exitCode ==
          0);
    CHECK(as("admin", {"user", "disable", "nobody"}).exitCode == 1);
}

TEST_CASE_METHOD(AdminFixture, "Personal data needs a user, a right password and the right role", "[cli][accounts]")
{
    const auto anonymous = cli({"--db", db, "export"});
    CHECK(anonymous.exitCode == 2);
    CHECK_THAT(anonymous.err, Catch::Contains("--user LOGIN"));
    CHECK(cli({"--db", db, "--user", "admin", "export"}, "wrong password\n").exitCode == 1);
    CHECK(cli({"--db", db, "--user", "admin", "export"}).exitCode == 2); // no password at all
    const auto counsellor = as("cmartin", {"export"});
    CHECK(counsellor.exitCode == 1);
    CHECK_THAT(counsellor.err, Catch::Contains("may not export_all"));
    CHECK(as("cmartin", {"export", "--beneficiary", "1"}).exitCode == 0); // their own person
    CHECK(as("sup", {"backup", dir.file("copy.sqlite")}).exitCode == 1);
    CHECK(cli({"--db", db, "export", "--references"}).exitCode == 0); // the guide needs no account
}

TEST_CASE_METHOD(AdminFixture, "audit list shows who did what by number, with filters, to supervisors", "[cli][audit]")
{
    REQUIRE(as("cmartin", {"export", "--beneficiary", "1"}).exitCode == 0);
    REQUIRE(as("cmartin", {"export"}).exitCode == 1);
    const auto all = as("sup", {"audit", "list"});
    REQUIRE(all.exitCode == 0);
    CHECK_THAT(all.out, Catch::Contains("cmartin\texport\tbeneficiary 1"));
    CHECK_THAT(all.out, Catch::Contains("cmartin\tdenied"));
    CHECK(all.out.find(kName) == std::string::npos); // no personal data
    const auto denied = as("admin", {"audit", "list", "--action", "denied", "--actor", "cmartin"});
    CHECK(denied.out.find("\texport\t") == std::string::npos);
    CHECK_THAT(denied.out, Catch::Contains("action=export_all"));
    CHECK(as("admin", {"audit", "list", "--action", "nothing"}).exitCode == 2);
    CHECK(as("admin", {"audit", "list", "--since", "2026-13-01"}).exitCode == 2);
    CHECK(as("cmartin", {"audit", "list"}).exitCode == 1);
    const auto purge = as("admin", {"audit", "purge"});
    CHECK(purge.exitCode == 0);
    CHECK_THAT(purge.out, Catch::Contains("Purged 0 audit entries"));
}

TEST_CASE_METHOD(AdminFixture, "erase removes one person for good, and only an administrator may", "[cli][rights]")
{
    CHECK(as("cmartin", {"erase", "--beneficiary", "1"}).exitCode == 1);
    CHECK(as("admin", {"erase"}).exitCode == 2);
    CHECK(as("admin", {"erase", "--beneficiary", "x"}).exitCode == 2);
    CHECK(as("admin", {"erase", "--beneficiary", "99"}).exitCode == 1);
    const auto erased = as("admin", {"erase", "--beneficiary", "1"});
    CHECK(erased.exitCode == 0);
    const auto left = trame::parseDocument(as("admin", {"export"}).out);
    REQUIRE(left.ok());
    REQUIRE(left->beneficiaries.size() == 1);
    CHECK(left->beneficiaries[0].person.id == 2);
    CHECK(readFile(db).find(kName) == std::string::npos);
    CHECK(readFile(db + "-wal").find(kName) == std::string::npos);
}

TEST_CASE_METHOD(AdminFixture, "An erase that a reader only delays the log's cleaning of succeeds, and says so",
                 "[file][cli][rights]")
{
    // Another program holds a read snapshot: the log cannot be emptied at once.
    auto reader = trame::storage::Database::open(db).value();
    reader->exec("BEGIN");
    reader->exec("SELECT count(*) FROM beneficiaries");
    const auto erased = as("admin", {"erase", "--beneficiary", "1"});
    CHECK(erased.exitCode == 0);
    CHECK_THAT(erased.out, Catch::Contains("erased"));
    CHECK_THAT(erased.out, Catch::Contains("will be cleaned when Trame is closed everywhere"));
    reader->exec("COMMIT");
    reader.reset();
    const auto left = trame::parseDocument(as("admin", {"export"}).out);
    REQUIRE(left.ok());
    CHECK(left->beneficiaries.size() == 1);
}

TEST_CASE_METHOD(AdminFixture, "retention lists with --dry-run, anonymises with --apply", "[cli][rights]")
{
    CHECK(as("admin", {"retention"}).exitCode == 2);
    CHECK(as("admin", {"retention", "--dry-run", "--apply"}).exitCode == 2);
    const std::string before = dumpDatabase(db, {"audit_log"});
    const auto dry = as("admin", {"retention", "--dry-run"});
    REQUIRE(dry.exitCode == 0);
    CHECK_THAT(dry.out, Catch::Contains("2\t2020-03-02\tactive\tcmartin"));
    CHECK_THAT(dry.out, Catch::Contains("1 people with no contact for 24 months would be anonymised"));
    CHECK(dumpDatabase(db, {"audit_log"}) == before);
    CHECK(as("sup", {"retention", "--apply"}).exitCode == 1);
    const auto applied = as("admin", {"retention", "--apply"});
    CHECK(applied.exitCode == 0);
    CHECK_THAT(applied.out, Catch::Contains("Anonymised 1 people"));
    CHECK_THAT(as("admin", {"retention", "--dry-run"}).out, Catch::Contains("0 people"));
    CHECK(as("cmartin", {"export", "--beneficiary", "1"}).exitCode == 0);
}

TEST_CASE_METHOD(AdminFixture, "backups lists the automatic copies, restore puts one back", "[cli][backups][file]")
{
    CHECK_THAT(cli({"--db", db, "backups"}).out, Catch::Contains("0 automatic backups"));
    // An automatic backup, as the application takes them.
    std::filesystem::create_directories(dir.file("backups"));
    const std::string backup = dir.file("backups/trame-20261102T090000Z.sqlite");
    REQUIRE(as("admin", {"backup", backup}).exitCode == 0);
    const auto list = cli({"--db", db, "backups"});
    CHECK_THAT(list.out, Catch::Contains("2026-11-02T09:00:00Z") && Catch::Contains("1 automatic backups"));
    REQUIRE(as("admin", {"erase", "--beneficiary", "2"}).exitCode == 0);

    // A healthy file: only an administrator may replace it.
    CHECK(cli({"--db", db, "restore", "--latest"}).exitCode == 2); // no --user
    CHECK(as("cmartin", {"restore", "--latest"}).exitCode == 1);
    // The refusal is in the trail, as every refusal is.
    CHECK_THAT(as("admin", {"audit", "list", "--action", "denied", "--actor", "cmartin"}).out,
               Catch::Contains("action=back_up"));
    // A damaged one can be restored by whoever is at the computer.
    writeFile(db, std::string(8192, 'x'));
    std::filesystem::remove(db + "-wal");
    const auto restored = cli({"--db", db, "restore", "--latest"});
    CHECK(restored.exitCode == 0);
    CHECK_THAT(restored.out, Catch::Contains("is kept as"));
    CHECK(cli({"--db", db, "check"}).exitCode == 0);
    const auto people = trame::parseDocument(as("admin", {"export"}).out);
    REQUIRE(people.ok());
    CHECK(people->beneficiaries.size() == 2);                                  // as at the backup, before the erasure
    CHECK(as("admin", {"restore", dir.file("nothing.sqlite")}).exitCode == 1); // no such backup
}

TEST_CASE_METHOD(AdminFixture, "backups --keep sets how many automatic backups stay, for administrators",
                 "[cli][backups][file]")
{
    CHECK(as("admin", {"backups", "--keep", "0"}).exitCode == 2);
    CHECK(as("admin", {"backups", "--keep", "61"}).exitCode == 2);
    CHECK(as("cmartin", {"backups", "--keep", "3"}).exitCode == 1);
    const auto set = as("admin", {"backups", "--keep", "3"});
    CHECK(set.exitCode == 0);
    CHECK_THAT(set.out, Catch::Contains("newest 3"));
    CHECK_THAT(as("sup", {"audit", "list", "--action", "account_change"}).out, Catch::Contains("backups_kept=3"));
}
