// A server prepared by `trame-cli server init`, then reached as a workstation would reach it: its
// stored connection alone reads nothing personal; a Trame user's password opens their role's rows.
#include "cli/CliHelpers.h"
#include "domain/Document.h"
#include "services/Passwords.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "support/Samples.h"
#include "support/TestDatabase.h"

#include <sstream>

using namespace trame;

namespace {

struct ServerFixture {
    TempDir dir;
    TestDatabase database{dir, "unused"};
    std::string owner = database.location();
    std::string workstation;

    ServerFixture()
    {
        const auto prepared = cli({"--db", owner, "server", "init"});
        INFO(prepared.err);
        REQUIRE(prepared.exitCode == 0);
        workstation = uriLine(prepared.out);
        REQUIRE_FALSE(workstation.empty());
        const auto admin = cli({"--db", owner, "user", "add", "admin", "--role", "administrateur"},
                               kPassword + "\n" + kPassword + "\n");
        REQUIRE(admin.exitCode == 0);
        for (const char* role : {"conseiller", "stagiaire"})
            REQUIRE(cliAs("admin", owner,
                          {"user", "add", role == std::string("conseiller") ? "cmartin" : "eleve", "--role", role},
                          kPassword + "\n" + kPassword + "\n")
                        .exitCode == 0);
        Document doc;
        doc.beneficiaries = {sampleRecord(1), sampleRecord(2, "Cissé")};
        writeFile(dir.file("people.json"), serializeDocument(doc));
        REQUIRE(cliAs("admin", owner, {"import", dir.file("people.json")}).exitCode == 0);
    }

    static std::string uriLine(const std::string& out)
    {
        std::istringstream lines(out);
        for (std::string line; std::getline(lines, line);)
            if (line.starts_with("postgresql://"))
                return line;
        return {};
    }
    std::unique_ptr<storage::Database> connect() const { return storage::Database::open(workstation).value(); }
};

// What a query answers on `db`: its first value, or the error's kind and text.
std::string ask(const storage::Database& db, const std::string& sql)
{
    const auto answer = storage::guarded([&]() -> Result<std::string> {
        auto s = db.prepare(sql);
        return s.step() ? s.text(0) : std::string("(no row)");
    });
    return answer ? *answer : "refused: " + answer.error().message;
}

std::optional<std::int64_t> signIn(const storage::Database& db, const std::string& login, const std::string& password)
{
    const auto setting = storage::passwordSetting(db, login).value();
    return storage::openServerSession(db, login, services::passwordProof(setting, password).value()).value().account;
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "A workstation's connection without a signed-in user reads nothing personal",
                 "[server][security]")
{
    CHECK(ask(*connect(), "SELECT count(*) FROM beneficiaries") == "0");
    auto db = connect();
    for (const char* table : {"beneficiaries", "case_files", "obstacles", "plan_steps", "interviews",
                              "interview_entries", "reviews", "beneficiary_search", "audit_log", "accounts"})
        CHECK(ask(*db, std::string("SELECT count(*) FROM ") + table) == "0");
    CHECK_THAT(ask(*db, "SELECT password_hash FROM accounts"), Catch::StartsWith("refused: the server refused access"));
    CHECK_THAT(ask(*db, "SELECT count(*) FROM server_sessions"), Catch::StartsWith("refused"));
    CHECK(ask(*db, "SELECT count(*) FROM reference_cases") == "6"); // the guide is no one's data
    CHECK_THAT(ask(*db, "UPDATE beneficiaries SET last_name = 'x'"), !Catch::StartsWith("refused"));
    CHECK(ask(*connect(), "SELECT count(*) FROM beneficiaries") == "0");
    // And the owner sees that nothing was changed.
    auto asOwner = storage::Database::open(owner).value();
    CHECK(ask(*asOwner, "SELECT count(*) FROM beneficiaries WHERE last_name = 'x'") == "0");
}

TEST_CASE_METHOD(ServerFixture, "Only a right password checked by the server opens a role's rows", "[server][security]")
{
    auto db = connect();
    CHECK_FALSE(signIn(*db, "cmartin", "pas le bon mot de passe").has_value());
    CHECK_FALSE(signIn(*db, "personne", kPassword).has_value());
    CHECK(ask(*db, "SELECT count(*) FROM beneficiaries") == "0");
    CHECK(signIn(*db, "cmartin", kPassword).has_value());
    CHECK(ask(*db, "SELECT count(*) FROM beneficiaries") == "2");
    CHECK_THAT(ask(*db, "SELECT password_hash FROM accounts"), Catch::StartsWith("refused"));
    CHECK(ask(*db, "SELECT count(*) FROM audit_log") == "0"); // a counsellor does not read the trail
    REQUIRE(storage::closeServerSession(*db).ok());
    CHECK(ask(*db, "SELECT count(*) FROM beneficiaries") == "0");

    auto trainee = connect();
    CHECK(signIn(*trainee, "eleve", kPassword).has_value());
    CHECK(ask(*trainee, "SELECT count(*) FROM beneficiaries") == "0");
    CHECK(ask(*trainee, "SELECT count(*) FROM reference_cases") == "6");

    // A session's token set by hand, without the sign-in, opens nothing.
    auto forger = connect();
    CHECK(ask(*forger, "SELECT set_config('trame.session', 'deadbeef', false)") == "deadbeef");
    CHECK(ask(*forger, "SELECT count(*) FROM beneficiaries") == "0");

    // The attempts are logged on the server, where no workstation can read or remove them.
    auto asOwner = storage::Database::open(owner).value();
    CHECK(ask(*asOwner, "SELECT count(*) FROM server_sign_ins WHERE outcome = 'wrong password'") == "1");
    CHECK(ask(*asOwner, "SELECT count(*) FROM server_sign_ins WHERE outcome = 'unknown'") == "1");
}

// The services refuse it first (rules::allowedWhile); the server refuses it too, to a workstation
// that would go round them with its counsellor's session.
TEST_CASE_METHOD(ServerFixture, "The server itself refuses a counsellor's writes to a closed follow-up until reopened",
                 "[server][security]")
{
    auto asOwner = storage::Database::open(owner).value();
    REQUIRE(ask(*asOwner, "UPDATE beneficiaries SET status = 'closed' WHERE id = 1 RETURNING status") == "closed");
    auto db = connect();
    REQUIRE(signIn(*db, "cmartin", kPassword).has_value());
    const std::string closed = "refused: the follow-up is closed: its case file is read-only until it is reopened";
    CHECK(ask(*db, "UPDATE case_files SET situation = 'Changée' WHERE beneficiary_id = 1 RETURNING 1") == closed);
    CHECK(ask(*db, "UPDATE beneficiaries SET phone = '07 00 00 00 00' WHERE id = 1 RETURNING 1") == closed);
    CHECK(ask(*db, "INSERT INTO obstacles (beneficiary_id, position, category, description, status)"
                   " VALUES (1, 99, 'mobility', 'Permis', 'present') RETURNING 1") == closed);
    CHECK(ask(*db, "INSERT INTO interviews (beneficiary_id, held_on, template_version, self_assessment)"
                   " VALUES (1, '2026-12-01', 1, '') RETURNING 1") == closed);
    CHECK(ask(*db, "DELETE FROM plan_steps WHERE beneficiary_id = 1 RETURNING 1") ==
          (ask(*asOwner, "SELECT count(*) FROM plan_steps WHERE beneficiary_id = 1") == "0" ? "(no row)" : closed));
    // The other person's file, open, is written; the closed one keeps its status and is reopened.
    CHECK(ask(*db, "UPDATE case_files SET situation = 'Changée' WHERE beneficiary_id = 2 RETURNING beneficiary_id") ==
          "2");
    CHECK(ask(*db, "UPDATE beneficiaries SET status = 'closed' WHERE id = 1 RETURNING status") == "closed");
    CHECK(ask(*asOwner, "SELECT situation FROM case_files WHERE beneficiary_id = 1") != "Changée");
    CHECK(ask(*db, "UPDATE beneficiaries SET status = 'active' WHERE id = 1 RETURNING status") == "active");
    CHECK(ask(*db, "UPDATE case_files SET situation = 'Changée' WHERE beneficiary_id = 1 RETURNING beneficiary_id") ==
          "1");

    // An administrator still erases a closed person.
    REQUIRE(ask(*asOwner, "UPDATE beneficiaries SET status = 'closed' WHERE id = 2 RETURNING status") == "closed");
    auto admin = connect();
    REQUIRE(signIn(*admin, "admin", kPassword).has_value());
    CHECK(ask(*admin, "DELETE FROM beneficiaries WHERE id = 2 RETURNING id") == "2");
}

TEST_CASE_METHOD(ServerFixture, "Five wrong passwords lock the account on the server, the right one included",
                 "[server][security]")
{
    auto db = connect();
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(signIn(*db, "cmartin", "faux " + std::to_string(i)).has_value());
    CHECK_FALSE(signIn(*db, "cmartin", kPassword).has_value());
    auto asOwner = storage::Database::open(owner).value();
    CHECK(ask(*asOwner, "SELECT locked_until IS NOT NULL FROM accounts WHERE login = 'cmartin'") == "t");
    CHECK(ask(*asOwner, "SELECT count(*) FROM server_sign_ins WHERE outcome = 'locked'") == "1");
}

TEST_CASE_METHOD(ServerFixture, "The audit trail is append-only for the workstations' role and its owner",
                 "[server][security]")
{
    auto db = connect();
    REQUIRE(signIn(*db, "admin", kPassword).has_value());
    CHECK(std::stoi(ask(*db, "SELECT count(*) FROM audit_log")) > 0);
    CHECK_THAT(ask(*db, "UPDATE audit_log SET detail = 'rien'"), Catch::StartsWith("refused"));
    CHECK_THAT(ask(*db, "DELETE FROM audit_log"), Catch::Contains("cannot be deleted"));
    auto asOwner = storage::Database::open(owner).value();
    CHECK_THAT(ask(*asOwner, "UPDATE audit_log SET detail = 'rien'"), Catch::Contains("cannot be changed"));
}

TEST_CASE_METHOD(ServerFixture, "server init again gives a new password and the old one stops working", "[server][cli]")
{
    const auto again = cli({"--db", owner, "server", "init"});
    REQUIRE(again.exitCode == 0);
    const std::string renewed = uriLine(again.out);
    CHECK(renewed != workstation);
    const auto old = storage::Database::open(workstation);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().kind == ErrorKind::Denied);
    CHECK_THAT(old.error().describe(), !Catch::Contains(workstation.substr(workstation.find(':', 14) + 1, 32)));
    CHECK(storage::Database::open(renewed).ok());
    CHECK(cli({"--db", dir.file("file.sqlite"), "server", "init"}).exitCode == 2);
}

TEST_CASE_METHOD(ServerFixture, "A workstation signs in with a Trame user's password and is held to its role",
                 "[server][cli]")
{
    const auto exported = cliAs("cmartin", workstation, {"export", "--beneficiary", "1"});
    INFO(exported.err);
    CHECK(exported.exitCode == 0);
    CHECK_THAT(exported.out, Catch::Contains("\"id\": 1"));
    const auto wrong = runProcess(TRAME_CLI_PATH, {"--db", workstation, "--user", "cmartin", "export"}, "faux\n");
    CHECK(wrong.exitCode == 1);
    CHECK_THAT(wrong.err, Catch::Contains("wrong login or password"));
    CHECK(cliAs("eleve", workstation, {"export", "--beneficiary", "1"}).exitCode == 1);
    CHECK(cliAs("admin", workstation, {"user", "add", "sophie", "--role", "conseiller"},
                kPassword + "\n" + kPassword + "\n")
              .exitCode == 0);
    CHECK(cliAs("sophie", workstation, {"user", "list"}).exitCode == 1); // an administrator's list
    const auto trail = cliAs("admin", workstation, {"audit", "list", "--action", "sign_in_failed"});
    CHECK(trail.exitCode == 0);
    CHECK_THAT(trail.out, Catch::Contains("refused_by_server"));
    auto asOwner = storage::Database::open(owner).value();
    CHECK(ask(*asOwner, "SELECT count(*) FROM server_sign_ins WHERE outcome = 'signed in'") != "0");
}

TEST_CASE_METHOD(ServerFixture, "A server's backup is PostgreSQL's: backup says so and writes nothing", "[server][cli]")
{
    const auto refused = cliAs("admin", workstation, {"backup", dir.file("copy.sqlite")});
    CHECK(refused.exitCode == 2); // the wrong tool for a server: a usage error
    CHECK_THAT(refused.err, Catch::Contains("pg_dump"));
    CHECK_FALSE(std::filesystem::exists(dir.file("copy.sqlite")));
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"backups"}, std::vector<std::string>{"restore", "--latest"}}) {
        std::vector<std::string> args = {"--db", workstation};
        args.insert(args.end(), command.begin(), command.end());
        const auto answer = cli(args);
        CHECK(answer.exitCode == 2);
        CHECK_THAT(answer.err, Catch::Contains("pg_dump"));
        CHECK_THAT(answer.out + answer.err, !Catch::Contains(workstation.substr(14, 40))); // no password shown
    }
}

TEST_CASE_METHOD(ServerFixture, "A lost connection is made again with its session and a transaction it cut is reported",
                 "[server][reconnect]")
{
    auto db = connect();
    REQUIRE(signIn(*db, "cmartin", kPassword).has_value());
    auto asOwner = storage::Database::open(owner).value();
    const std::string first = ask(*db, "SELECT pg_backend_pid()");
    CHECK(ask(*asOwner, "SELECT pg_terminate_backend(" + first + ")") == "t");
    CHECK(ask(*db, "SELECT count(*) FROM beneficiaries") == "2"); // made again, the session with it
    CHECK(ask(*db, "SELECT pg_backend_pid()") != first);
    CHECK(ask(*db, "SHOW lock_timeout") == "5s");

    const std::string second = ask(*db, "SELECT pg_backend_pid()");
    const Status cut = storage::runInTransaction(*db, [&]() -> Status {
        db->prepare("UPDATE beneficiaries SET phone = '01 02' WHERE id = 1").run();
        (void)ask(*asOwner, "SELECT pg_terminate_backend(" + second + ")");
        db->prepare("UPDATE beneficiaries SET phone = '03 04' WHERE id = 2").run();
        return Ok{};
    });
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().kind == ErrorKind::Io);
    CHECK_THAT(cut.error().message, Catch::Contains("connection to the server was lost"));
    CHECK(ask(*db, "SELECT count(*) FROM beneficiaries WHERE phone IN ('01 02', '03 04')") == "0");
    CHECK(storage::runInTransaction(*db, [&]() -> Status {
              db->prepare("UPDATE beneficiaries SET phone = '01 02' WHERE id = 1").run();
              return Ok{};
          }).ok());
    CHECK(ask(*asOwner, "SELECT phone FROM beneficiaries WHERE id = 1") == "01 02");
}
