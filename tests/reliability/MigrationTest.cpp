// Files from every schema version, checked in as SQL dumps (tests/fixtures/schema-vN.sql, never
// edited), are upgraded to the current schema with their business data unchanged; and a
// migration killed at random moments leaves either the old or a newer version, never a mix.
#include "services/Accounts.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/SupportPeriods.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <map>
#include <random>

#include <sys/wait.h>
#include <unistd.h>

using namespace trame;

namespace {

std::string fixture(int version)
{
    return std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/schema-v" + std::to_string(version) + ".sql";
}

void load(const std::string& path, int version)
{
    const std::string dump = readFile(fixture(version));
    REQUIRE_FALSE(dump.empty());
    auto db = storage::Database::open(path).value();
    db->exec(dump);
    REQUIRE(db->userVersion() == version);
}

// The people's data in every table that has held it since schema 1, row by row, in a stable
// order: what no migration may change.
std::map<std::string, std::string> businessData(const std::string& path)
{
    const std::vector<std::pair<std::string, std::string>> tables = {
        {"beneficiaries", "id, civility, first_name, last_name, birth_date, phone, email, address, qualifications,"
                          " experience, languages, resources, consent_date, consent_basis, consent_information,"
                          " counsellor, status, created_at, updated_at"},
        {"case_files", "beneficiary_id, problem_statement, situation, admin_advice, rhythm, review_state, updated_at"},
        {"obstacles", "id, beneficiary_id, position, category, description, status, identified_on, lifted_on"},
        {"posture_items", "beneficiary_id, position, technique, label, guidance, example_phrase"},
        {"tool_uses", "beneficiary_id, position, tool, label, details"},
        {"referrals", "beneficiary_id, position, partner, purpose, status"},
        {"plan_steps", "id, beneficiary_id, position, title, details, due_date, status, partner, obstacle_id"},
        {"indicators", "beneficiary_id, position, label, target, evaluation, evaluated_on, evidence"},
        {"interviews", "id, beneficiary_id, held_on, template_version, self_assessment, next_appointment"},
        {"interview_entries", "interview_id, item_key, status, note"},
    };
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = storage::Database::open(path, readOnly).value();
    std::map<std::string, std::string> data;
    for (const auto& [table, columns] : tables) {
        storage::Statement rows = db->prepare("SELECT json_array(" + columns + ") FROM " + table + " ORDER BY 1");
        std::string all;
        while (rows.step())
            all += rows.text(0) + "\n";
        data[table] = all;
    }
    return data;
}

} // namespace

TEST_CASE("Every schema version has its fixture", "[migrations]")
{
    for (int version = 1; version <= storage::latestSchemaVersion(); ++version) {
        INFO("schema version " << version << ": add tests/fixtures/schema-v" << version << ".sql");
        CHECK(std::filesystem::exists(fixture(version)));
    }
}

TEST_CASE("A file from each schema version upgrades with its people unchanged", "[migrations]")
{
    for (int version = 1; version <= storage::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            TempDir dir;
            const std::string path = dir.file("old.sqlite");
            load(path, version);
            const auto before = businessData(path);
            REQUIRE(before.at("beneficiaries").find("Chabert") != std::string::npos);

            auto workspace = services::Workspace::open(path);
            REQUIRE(workspace.ok());
            CHECK((*workspace)->schemaVersion() == storage::latestSchemaVersion());
            const services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 2));
            services::Accounts accounts(**workspace, clock);
            const auto admin =
                accounts.createFirstAdministrator({"admin", "Admin", Role::Administrator, "mot de passe de migration"});
            REQUIRE(admin.ok());
            // What the upgraded file holds still passes today's rules, and can be searched.
            const auto exported = services::Exchange(**workspace, clock, *admin).exportText({});
            if (!exported)
                FAIL(exported.error().describe());
            CHECK(parseDocument(*exported)->beneficiaries.size() == 2);
            REQUIRE(
                accounts.add(*admin, {"cmartin", "Claire Martin", Role::Counsellor, "mot de passe de migration"}).ok());
            services::CaseFiles cases(**workspace, clock,
                                      accounts.signIn("cmartin", "mot de passe de migration").value());
            BeneficiaryQuery query;
            query.search = "gardienne";
            CHECK(cases.find(query).value().size() == 1);
            // Everyone followed before version 8 has one period from the day they were created; a
            // person paused then is paused still.
            services::SupportPeriods periods(**workspace, clock,
                                             accounts.signIn("cmartin", "mot de passe de migration").value());
            const auto first = periods.history(1).value();
            REQUIRE(first.size() == 1);
            CHECK(first[0].entryDate == Date(2024, 9, 1));
            CHECK(first[0].isOpen());
            CHECK_FALSE(first[0].openPause());
            const auto second = periods.history(2).value();
            REQUIRE(second.size() == 1);
            CHECK(second[0].openPause());
            workspace->reset();
            CHECK(businessData(path) == before);
        }
    }
}

TEST_CASE("A migration killed at any moment leaves a whole version", "[migrations][reliability]")
{
    std::mt19937 random(4);
    std::map<int, int> reachedCounts; // how many kills left the file at each version
    for (int round = 0; round < 40; ++round) {
        TempDir dir;
        const std::string path = dir.file("old.sqlite");
        load(path, 1);
        const auto before = businessData(path);
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            execl(TRAME_CLI_PATH, TRAME_CLI_PATH, "--db", path.c_str(), "init", static_cast<char*>(nullptr));
            _exit(127);
        }
        usleep(std::uniform_int_distribution<useconds_t>(0, 20000)(random));
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        INFO("round " << round);
        auto db = storage::Database::open(path).value();
        storage::Statement check = db->prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == "ok");
        const int reached = db->userVersion();
        ++reachedCounts[reached];
        CHECK(reached >= 1);
        CHECK(reached <= storage::latestSchemaVersion());
        db.reset();
        CHECK(businessData(path) == before);
        REQUIRE(services::Workspace::open(path).ok()); // and the next start finishes the upgrade
        CHECK(businessData(path) == before);
    }
    std::string summary;
    for (const auto& [version, count] : reachedCounts)
        summary += " v" + std::to_string(version) + ": " + std::to_string(count);
    WARN("kills left the file at" << summary);
}
