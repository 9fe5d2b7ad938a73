#include "storage/Database.h"

#include "storage/FileInspector.h"
#include "storage/StorageError.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace trame;
using namespace trame::storage;

namespace {
std::string pragma(Database& db, const std::string& name)
{
    Statement query = db.prepare("PRAGMA " + name);
    REQUIRE(query.step());
    return query.text(0);
}
} // namespace

TEST_CASE("A new database opens with WAL, foreign keys and synchronous FULL", "[database]")
{
    TempDir dir;
    auto db = Database::open(dir.file("new.sqlite"));
    REQUIRE(db.ok());
    CHECK(pragma(**db, "journal_mode") == "wal");
    CHECK(pragma(**db, "foreign_keys") == "1");
    CHECK(pragma(**db, "synchronous") == "2");
    CHECK(std::filesystem::exists(dir.file("new.sqlite")));
}

TEST_CASE("Opening in a missing folder is an I/O error naming the folder", "[database]")
{
    TempDir dir;
    auto db = Database::open(dir.file("missing/trame.sqlite"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Io);
    CHECK_THAT(db.error().message, Catch::Contains("does not exist"));
}

TEST_CASE("A file that is not SQLite is refused as corrupt and left untouched", "[database]")
{
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    const std::string content(8192, 'x');
    writeFile(path, content);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Corrupt);
    CHECK(readFile(path) == content);
}

TEST_CASE("A missing file is not created when creation is off", "[database]")
{
    TempDir dir;
    OpenOptions options;
    options.create = false;
    auto db = Database::open(dir.file("absent.sqlite"), options);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(std::filesystem::exists(dir.file("absent.sqlite")));
}

TEST_CASE("Statements bind values and read them back, text included byte for byte", "[database]")
{
    TempDir dir;
    auto db = Database::open(dir.file("t.sqlite"));
    REQUIRE(db.ok());
    (*db)->exec("CREATE TABLE t (a INTEGER, b TEXT, c REAL)");
    const std::string tricky = "Élodie'); DROP TABLE t; --";
    (*db)->prepare("INSERT INTO t VALUES (?1, ?2, ?3)").bindAll(std::int64_t{42}, tricky, 1.5).run();
    Statement query = (*db)->prepare("SELECT a, b, c FROM t");
    REQUIRE(query.step());
    CHECK(query.integer(0) == 42);
    CHECK(query.text(1) == tricky);
    CHECK(query.view(1) == tricky);
    CHECK(query.real(2) == 1.5);
    CHECK_FALSE(query.step());
}

TEST_CASE("A failing statement throws a typed error that guarded() turns into a result", "[database]")
{
    TempDir dir;
    auto db = Database::open(dir.file("t.sqlite"));
    REQUIRE(db.ok());
    (*db)->exec("CREATE TABLE t (a INTEGER NOT NULL)");
    Status status = guarded([&]() -> Status {
        (*db)->prepare("INSERT INTO t VALUES (NULL)").run();
        return Ok{};
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == ErrorKind::Invalid);
}

TEST_CASE("A second writer waits for the busy timeout, then gets a Busy error", "[database]")
{
    TempDir dir;
    const std::string path = dir.file("busy.sqlite");
    auto first = Database::open(path);
    REQUIRE(first.ok());
    (*first)->exec("CREATE TABLE t (a INTEGER); BEGIN IMMEDIATE; INSERT INTO t VALUES (1)");
    OpenOptions impatient;
    impatient.busyTimeout = std::chrono::milliseconds(50);
    auto second = Database::open(path, impatient);
    REQUIRE(second.ok());
    Status status = guarded([&]() -> Status {
        (*second)->exec("BEGIN IMMEDIATE");
        return Ok{};
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == ErrorKind::Busy);
    CHECK_THAT(status.error().message, Catch::Contains("locked"));
}

TEST_CASE("A reader on a file no one has open reads it untouched, and knows when a writer came", "[database]")
{
    TempDir dir;
    const std::string path = dir.file("file.sqlite");
    {
        auto writer = Database::open(path).value();
        writer->exec("CREATE TABLE t (x INTEGER)");
    } // closed: its -wal goes
    REQUIRE_FALSE(std::filesystem::exists(path + "-wal"));
    OpenOptions readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    auto reader = Database::open(path, readOnly).value();
    CHECK(reader->isReadingUntouched());
    CHECK_FALSE(std::filesystem::exists(path + "-wal")); // nothing made beside the file
    CHECK(inspect(*reader).ok());
    auto writer = Database::open(path).value();
    writer->exec("INSERT INTO t VALUES (1)");
    CHECK(reader->wasOpenedElsewhereSince());
    const auto report = inspect(*reader);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Busy);
    CHECK_THAT(report.error().message, Catch::Contains("check it again"));
}
