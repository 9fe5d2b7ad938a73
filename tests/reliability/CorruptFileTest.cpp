// Damaged files are refused at opening with a clear error, and never written to: truncated,
// garbage pages, a broken header, not SQLite at all, or written by a newer Trame.
#include "services/Accounts.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "support/ManualClock.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <random>

using namespace trame;

namespace {

// A real Trame file with people in it, all in the main file (no WAL left).
std::string healthyFile(const TempDir& dir)
{
    const std::string path = dir.file("healthy.sqlite");
    auto workspace = services::Workspace::open(path).value();
    const services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 2));
    services::CaseFiles cases(*workspace, clock, signInAs(*workspace, clock, Role::Counsellor, "cmartin"));
    for (int i = 0; i < 40; ++i)
        REQUIRE(cases.create(sampleRecord(0, "Personne " + std::to_string(i)).person).ok());
    workspace->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    workspace.reset();
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    return path;
}

} // namespace

TEST_CASE("A damaged index that passes the opening's check is refused at the first write", "[reliability][corrupt]")
{
    TempDir dir;
    const std::string path = healthyFile(dir);
    {
        // The index on counsellors now claims to be on last names: its entries no longer match
        // the table, which quick_check does not see and integrity_check does.
        auto db = storage::Database::open(path).value();
        db->exec("PRAGMA writable_schema = ON");
        db->exec("UPDATE sqlite_schema SET sql = 'CREATE INDEX beneficiaries_by_counsellor ON beneficiaries(last_name)'"
                 " WHERE name = 'beneficiaries_by_counsellor'");
        db->exec("PRAGMA writable_schema = OFF");
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    const std::string bytes = readFile(path);
    auto opened = services::Workspace::open(path);
    REQUIRE(opened.ok()); // quick_check passes: start-up stays fast
    const services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 3));
    services::Accounts accounts(**opened, clock);
    const auto signedIn = accounts.signIn("cmartin", kTestPassword);
    REQUIRE_FALSE(signedIn.ok()); // its audit entry is the first write
    CHECK(signedIn.error().kind == ErrorKind::Corrupt);
    CHECK_THAT(signedIn.error().message, Catch::Contains("nothing was written"));
    opened->reset();
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    CHECK(readFile(path) == bytes);
}

TEST_CASE("Damaged files are refused at opening and left exactly as they were", "[reliability][corrupt]")
{
    TempDir dir;
    const std::string healthy = readFile(healthyFile(dir));
    REQUIRE(healthy.size() > 16 * 4096);
    std::mt19937 random(7);
    const auto garbage = [&](std::size_t n) {
        std::string bytes(n, '\0');
        for (char& c : bytes)
            c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
        return bytes;
    };
    const std::vector<std::pair<std::string, std::function<std::string()>>> damages = {
        {"truncated to half", [&] { return healthy.substr(0, healthy.size() / 2); }},
        {"truncated inside a page", [&] { return healthy.substr(0, healthy.size() - 1000); }},
        {"garbage over three pages",
         [&] {
             std::string bytes = healthy;
             bytes.replace(bytes.size() / 2 / 4096 * 4096, 3 * 4096, garbage(3 * 4096));
             return bytes;
         }},
        {"broken header", [&] { return garbage(100) + healthy.substr(100); }},
        {"not SQLite", [&] { return std::string("Nom;Prénom\nDupont;Hélène\n"); }},
        {"empty but for a page of zeros", [&] { return std::string(4096, '\0'); }},
    };
    for (const auto& [name, damage] : damages) {
        DYNAMIC_SECTION(name)
        {
            const std::string path = dir.file("damaged.sqlite");
            const std::string bytes = damage();
            writeFile(path, bytes);
            const auto opened = services::Workspace::open(path);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().kind == ErrorKind::Corrupt);
            CHECK_FALSE(opened.error().describe().empty());
            CHECK(readFile(path) == bytes); // never written to
            CHECK_FALSE(std::filesystem::exists(path + "-wal"));
        }
    }
    SECTION("written by a newer Trame")
    {
        const std::string path = dir.file("newer.sqlite");
        {
            writeFile(path, healthy);
            auto db = storage::Database::open(path).value();
            db->exec("PRAGMA user_version = 99");
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const std::string bytes = readFile(path);
        const auto opened = services::Workspace::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::TooNew);
        CHECK(readFile(path) == bytes);
    }
}
