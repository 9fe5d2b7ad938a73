#include "storage/Migrator.h"
#include "storage/RepositoryFixture.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::storage;

namespace {
std::unique_ptr<Database> openAt(const std::string& path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return std::move(db).value();
}

std::int64_t count(Database& db, const std::string& sql)
{
    Statement query = db.prepare(sql);
    REQUIRE(query.step());
    return query.integer(0);
}
} // namespace

TEST_CASE("Migrations are numbered 1, 2, ... without gaps", "[migrations]")
{
    int expected = 1;
    for (const Migration& migration : migrations())
        CHECK(migration.version == expected++);
    CHECK(latestSchemaVersion() == static_cast<int>(migrations().size()));
}

TEST_CASE("An empty file is migrated to the latest version, and again is a no-op", "[migrations]")
{
    TempDir dir;
    auto db = openAt(dir.file("m.sqlite"));
    REQUIRE(migrate(*db).ok());
    CHECK(db->userVersion() == latestSchemaVersion());
    REQUIRE(migrate(*db).ok());
    CHECK(db->userVersion() == latestSchemaVersion());
}

TEST_CASE("Version 1 to 2 indexes the beneficiaries already in the file", "[migrations]")
{
    TempDir dir;
    auto db = openAt(dir.file("m.sqlite"));
    REQUIRE(migrate(*db, 1).ok());
    REQUIRE(db->userVersion() == 1);
    db->exec("INSERT INTO beneficiaries (id, civility, first_name, last_name, status, created_at, updated_at)"
             " VALUES (7, 'mme', 'Hélène', 'Chabert', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
             "INSERT INTO case_files (beneficiary_id, situation, updated_at)"
             " VALUES (7, 'souhaite devenir gardienne d''immeuble', '2026-01-01T00:00:00Z');"
             "INSERT INTO obstacles (beneficiary_id, position, category, description, status)"
             " VALUES (7, 0, 'financing', 'financement de la formation', 'identified');");
    REQUIRE(migrate(*db, 2).ok());
    CHECK(db->userVersion() == 2);
    CHECK(count(*db, "SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH 'helene'") == 7);
    CHECK(count(*db, "SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH 'gardienne'") == 7);
    CHECK(count(*db, "SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH 'financ*'") == 7);
}

TEST_CASE("A file from a newer schema is refused before anything is written", "[migrations]")
{
    TempDir dir;
    const std::string path = dir.file("future.sqlite");
    {
        auto db = openAt(path);
        db->exec("PRAGMA journal_mode = DELETE; CREATE TABLE x (a); PRAGMA user_version = 99");
    }
    const std::string before = readFile(path);
    OpenOptions options;
    options.maxSchemaVersion = latestSchemaVersion();
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::TooNew);
    CHECK_THAT(db.error().message, Catch::Contains("newer Trame"));
    CHECK(readFile(path) == before);
}

TEST_CASE("A failing migration leaves the previous version intact", "[migrations]")
{
    TempDir dir;
    auto db = openAt(dir.file("m.sqlite"));
    REQUIRE(migrate(*db, 1).ok());
    // The FTS table of migration 2 already exists under that name: migration 2 must fail whole.
    db->exec("CREATE TABLE beneficiary_search (x)");
    Status status = migrate(*db);
    REQUIRE_FALSE(status.ok());
    CHECK(db->userVersion() == 1);
    CHECK(count(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'beneficiary_search_insert'") == 0);
}

TEST_CASE("Version 2 to 3 computes each beneficiary's follow-up dates, then triggers keep them", "[migrations]")
{
    TempDir dir;
    auto db = openAt(dir.file("m.sqlite"));
    REQUIRE(migrate(*db, 2).ok());
    db->exec("INSERT INTO beneficiaries (id, civility, first_name, last_name, status, created_at, updated_at)"
             " VALUES (1, 'm', 'Karim', 'Adam', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
             "INSERT INTO case_files (beneficiary_id, updated_at) VALUES (1, '2026-01-01T00:00:00Z');"
             "INSERT INTO plan_steps (beneficiary_id, position, title, details, due_date, status, partner)"
             " VALUES (1, 0, 'a', '', '2026-03-01', 'done', ''), (1, 1, 'b', '', '2026-04-01', 'planned', ''),"
             " (1, 2, 'c', '', '2026-05-01', 'in_progress', '');"
             "INSERT INTO interviews (beneficiary_id, held_on, template_version, self_assessment, next_appointment)"
             " VALUES (1, '2026-01-10', 1, '', '2026-01-24'), (1, '2026-01-24', 1, '', '2026-02-07');");
    REQUIRE(migrate(*db, 3).ok());
    CHECK(db->userVersion() == 3);
    const auto dates = [&] {
        Statement s = db->prepare("SELECT next_appointment || ' ' || open_due FROM beneficiaries WHERE id = 1");
        REQUIRE(s.step());
        return s.text(0);
    };
    CHECK(dates() == "2026-02-07 2026-04-01");
    db->exec("UPDATE plan_steps SET status = 'done' WHERE title = 'b';"
             "INSERT INTO interviews (beneficiary_id, held_on, template_version, self_assessment, next_appointment)"
             " VALUES (1, '2026-02-07', 1, '', '2026-02-21');");
    CHECK(dates() == "2026-02-21 2026-05-01");
    db->exec("DELETE FROM interviews WHERE held_on = '2026-02-07'");
    CHECK(dates() == "2026-02-07 2026-05-01");
}

TEST_CASE("The server's migrations end at the file's last version: a new one is written for both", "[migrations]")
{
    REQUIRE_FALSE(serverMigrations().empty());
    CHECK(serverMigrations().back().version == latestSchemaVersion());
    for (std::size_t i = 1; i < serverMigrations().size(); ++i)
        CHECK(serverMigrations()[i].version == serverMigrations()[i - 1].version + 1);
}

TEST_CASE_METHOD(RepositoryFixture, "A server from a newer schema is refused before anything is written",
                 "[migrations][server]")
{
    db->exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    db.reset();
    OpenOptions options;
    options.maxSchemaVersion = latestSchemaVersion();
    const auto refused = Database::open(path, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::TooNew);
    CHECK_THAT(refused.error().message, Catch::Contains("schema version 99"));
    auto plain = Database::open(path).value();
    CHECK(plain->userVersion() == 99);
    CHECK(migrate(*plain).error().kind == ErrorKind::TooNew);
}
