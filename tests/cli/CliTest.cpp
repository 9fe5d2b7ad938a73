// trame-cli end to end: the built binary, on real files in a temporary folder.
#include "cli/CliHelpers.h"
#include "cli/CommandTable.h"
#include "domain/Document.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/DbDump.h"
#include "support/Process.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <set>

TEST_CASE("The CLI help describes the commands and exits 0", "[cli]")
{
    const auto result = cli({"--help"});
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("Usage: trame-cli"));
    CHECK_THAT(result.out, Catch::Contains("init"));
    CHECK(result.err.empty());
}

TEST_CASE("The CLI's help, options and dispatch all come from its command table", "[cli]")
{
    const std::string help = cli({"--help"}).out;
    std::set<std::string> known;
    for (const trame::cli::Option& option : trame::cli::optionTable())
        known.insert(option.name);
    for (const trame::cli::Command& command : trame::cli::commandTable()) {
        INFO(command.name);
        REQUIRE(command.handler != nullptr);
        const std::string marker = command.runner == trame::cli::Runner::SignedInUser ? "* " : "  ";
        CHECK_THAT(help, Catch::Contains("\n" + marker + command.name));
        for (const std::string& option : command.options)
            CHECK(known.count(option) == 1);
        // An option of another command is refused by name, before anything is opened.
        const std::string foreign = command.options.count("keep") ? "seed" : "keep";
        const auto refused = cli({command.name, "--" + foreign, "1"});
        CHECK(refused.exitCode == 2);
        CHECK_THAT(refused.err, Catch::Contains("--" + foreign + " does not go with " + command.name));
    }
}

TEST_CASE("The CLI prints its version", "[cli]")
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

TEST_CASE("check and export --references read a file without writing anything beside it", "[cli]")
{
    TempDir dir;
    const std::string db = dir.file("trame.sqlite");
    REQUIRE(cli({"--db", db, "init"}).exitCode == 0);
    const std::string before = readFile(db);
    CHECK(cli({"--db", db, "check"}).exitCode == 0);
    CHECK(cli({"--db", db, "export", "--references"}).exitCode == 0);
    // No -wal or -shm left behind (they are what made both fail in a read-only folder), and the
    // file itself is byte for byte what it was.
    CHECK_FALSE(std::filesystem::exists(db + "-wal"));
    CHECK_FALSE(std::filesystem::exists(db + "-shm"));
    CHECK(readFile(db) == before);
}

TEST_CASE("check names an audit entry changed behind Trame's back and exits 1", "[cli]")
{
    TempDir dir;
    const std::string db = dir.file("trame.sqlite");
    REQUIRE(cli({"--db", db, "init"}).exitCode == 0);
    REQUIRE(cli({"--db", db, "generate", "--beneficiaries", "3"}).exitCode == 0);
    const auto healthy = cli({"--db", db, "check"});
    CHECK(healthy.exitCode == 0);
    CHECK_THAT(healthy.out, Catch::Contains("audit trail: ok ("));
    {
        auto raw = trame::storage::Database::open(db).value();
        raw->exec("DROP TRIGGER audit_log_no_update");
        raw->exec("UPDATE audit_log SET detail = 'generated=0..0 seed=0' WHERE id = 1");
    }
    const auto tampered = cli({"--db", db, "check"});
    CHECK(tampered.exitCode == 1);
    CHECK_THAT(tampered.out, Catch::Contains("audit trail: entry 1 does not follow the one before it"));
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

namespace {
// A file with two beneficiaries, written through the CLI itself.
struct CliFixture {
    TempDir dir;
    TestDatabase database{dir, "trame.sqlite"};
    std::string db = database.location();
    std::string people = dir.file("people.json");

    CliFixture()
    {
        initWithAdministrator(db);
        trame::Document doc;
        doc.beneficiaries = {sampleRecord(1), sampleRecord(2, "Cissé")};
        writeFile(people, trame::serializeDocument(doc));
        REQUIRE(admin({"import", people}).exitCode == 0);
    }
    ProcessResult admin(const std::vector<std::string>& args, const std::string& input = {}) const
    {
        return cliAs("admin", db, args, input);
    }
    // The file without its audit trail, which every signed-in command adds to.
    std::string withoutAudit() const { return dumpDatabase(db, {"audit_log"}); }
};
} // namespace

TEST_CASE_METHOD(CliFixture, "export, import into a new file, export: the same bytes", "[cli][exchange]")
{
    const auto exported = admin({"export"});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out == readFile(people));

    const TestDatabase second(dir, "other.sqlite");
    const std::string other = second.location();
    const std::string file = dir.file("export.json");
    REQUIRE(admin({"export", "-o", file}).exitCode == 0);
    initWithAdministrator(other);
    const auto imported = cliAs("admin", other, {"import", file});
    CHECK(imported.exitCode == 0);
    CHECK_THAT(imported.out, Catch::Contains("Imported 2 beneficiaries and 2 interviews"));
    CHECK(cliAs("admin", other, {"export"}).out == exported.out);
}

TEST_CASE_METHOD(CliFixture, "export -o never replaces the database and replaces a file only when forced",
                 "[cli][exchange][security][file]")
{
    const std::string before = readFile(db);
    for (const std::string& target : {db, db + "-wal"}) {
        INFO(target);
        const auto refused = admin({"export", "-o", target, "--force"});
        CHECK(refused.exitCode == 2);
        CHECK_THAT(refused.err, Catch::Contains("is the database itself"));
    }
    // Nor through a link to it.
    const std::string link = dir.file("export-link.json");
    std::filesystem::create_symlink(db, link);
    CHECK(admin({"export", "-o", link, "--force"}).exitCode == 2);
    CHECK(readFile(db) == before);

    const std::string file = dir.file("export.json");
    writeFile(file, "à garder");
    const auto kept = admin({"export", "-o", file});
    CHECK(kept.exitCode == 2);
    CHECK_THAT(kept.err, Catch::Contains("already exists; add --force"));
    CHECK(readFile(file) == "à garder");
    REQUIRE(admin({"export", "-o", file, "--force"}).exitCode == 0);
    CHECK(readFile(file) == readFile(people));
    // Nothing is left beside it.
    int beside = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("")))
        beside += entry.path().filename().string().rfind("export.json", 0) == 0 ? 1 : 0;
    CHECK(beside == 1);
}

TEST_CASE_METHOD(CliFixture, "Exporting the references writes the guide's content and no one's data", "[cli][exchange]")
{
    const auto result = cli({"--db", db, "export", "--references"});
    REQUIRE(result.exitCode == 0);
    const auto parsed = trame::parseDocument(result.out);
    REQUIRE(parsed.ok());
    CHECK(parsed->beneficiaries.empty());
    CHECK(parsed->references->cases.size() == 6);
    CHECK(parsed->references->templates.size() == 1);
    CHECK_FALSE(parsed->references->catalogue.empty());
}

TEST_CASE_METHOD(CliFixture, "Exporting one beneficiary writes that person only", "[cli][exchange]")
{
    const auto result = admin({"export", "--beneficiary", "2"});
    REQUIRE(result.exitCode == 0);
    CHECK(trame::parseDocument(result.out)->beneficiaries.at(0).person.lastName == "Cissé");
    CHECK(admin({"export", "--beneficiary", "two"}).exitCode == 2);
    CHECK(admin({"export", "--beneficiary", "99"}).exitCode == 1);
    CHECK(cli({"--db", db, "init", "--references"}).exitCode == 2);
}

TEST_CASE_METHOD(CliFixture, "Every kind of bad input exits 2, names the problem and changes nothing",
                 "[cli][bad-input]")
{
    const std::string before = withoutAudit();
    auto j = nlohmann::json::parse(readFile(people));
    j["beneficiaries"][0]["id"] = 50;
    j["beneficiaries"][1]["id"] = 51;
    const auto variant = [&](const std::function<void(nlohmann::json&)>& change) {
        nlohmann::json copy = j;
        change(copy);
        return copy.dump(1);
    };
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "the file is empty"},
        {"Nom;Prénom\n", "is not valid JSON"},
        {"{\"format\": \"trame/1\", \"beneficiaries\": [", "is not valid JSON"},
        {"{\"format\": \"trame/3\"}", "'trame/3' is a format this Trame cannot read"},
        {"{\"format\": \"trame/1\", \"beneficiaries\": [{\"id\": 9, \"first_name\": \"\xC3\x28\", \"last_name\": "
         "\"X\"}]}",
         "UTF-8"},
        {variant([](auto& d) { d["beneficiaries"][1]["first_name"] = 7; }),
         "beneficiaries[1].first_name: expected a string"},
        {variant([](auto& d) { d["beneficiaries"][0]["status"] = "asleep"; }),
         "beneficiaries[0].status: 'asleep' is not one of active, paused or closed"},
        {variant([](auto& d) { d["beneficiaries"][1]["birth_date"] = "2025-02-30"; }),
         "beneficiaries[1].birth_date: 2025-02-30 is not a date"},
        {variant([](auto& d) { d["beneficiaries"][0]["last_name"] = std::string(101, 'x'); }),
         "beneficiaries[0].last_name: is 101 characters long"},
        {variant([](auto& d) { d["beneficiaries"][1]["id"] = 50; }),
         "beneficiaries[1].id: 50 is used by another beneficiary"},
        {variant([](auto& d) { d["beneficiaries"][0]["case_file"]["plan"][0]["obstacle"] = 4242; }),
         "beneficiaries[0].case_file.plan[0].obstacle: 4242 is not the id of an obstacle"},
        {readFile(people), "beneficiaries[0].id: 1 already exists in this database"},
        {"{\"format\":\"trame/1\",\"x\":1e400}", "holds a number too large to be read"},
        {"{\"format\":\"trame/1\",\"beneficiaries\":[{\"id\":" + std::string(100000, '9') + "}]}",
         "holds a number too large to be read"},
        {std::string(200000, '[') + std::string(200000, ']'), "nests deeper than 64 levels"},
    };
    for (const auto& [content, message] : cases) {
        INFO(message);
        const std::string file = dir.file("bad.json");
        writeFile(file, content);
        const auto result = admin({"import", file});
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Catch::Contains(message));
        CHECK_THAT(result.err, Catch::Contains(file));
        CHECK(withoutAudit() == before);
    }
}

TEST_CASE_METHOD(CliFixture, "import reads standard input with '-'", "[cli][exchange]")
{
    const std::string other = dir.file("other.sqlite");
    initWithAdministrator(other);
    CHECK(cliAs("admin", other, {"import", "-"}, readFile(people)).exitCode == 0);
    CHECK(cliAs("admin", other, {"export"}).out == readFile(people));
}

TEST_CASE_METHOD(CliFixture, "A database locked by another writer is waited for, then reported", "[cli][busy]")
{
    const std::string before = withoutAudit();
    auto holder = trame::storage::Database::open(db);
    REQUIRE(holder.ok());
    (*holder)->exec(trame::storage::beginWriteSql(**holder));
    const std::string file = dir.file("new.json");
    auto j = nlohmann::json::parse(readFile(people));
    j["beneficiaries"][0]["id"] = 70;
    j["beneficiaries"][1]["id"] = 71;
    for (auto& b : j["beneficiaries"]) {
        b["case_file"]["obstacles"] = nlohmann::json::array();
        b["case_file"]["plan"] = nlohmann::json::array();
        b["interviews"] = nlohmann::json::array();
    }
    writeFile(file, j.dump());
    const auto result = admin({"import", file});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("locked"));
    (*holder)->exec("ROLLBACK");
    CHECK(withoutAudit() == before);
    CHECK(admin({"import", file}).exitCode == 0); // and works once released
}

TEST_CASE_METHOD(CliFixture, "backup writes a healthy copy and refuses to overwrite", "[cli][backup][file]")
{
    const std::string copy = dir.file("copy.sqlite");
    CHECK(admin({"backup", copy}).exitCode == 0);
    CHECK(cli({"--db", copy, "check"}).exitCode == 0);
    CHECK(dumpDatabase(copy, {"audit_log"}) == withoutAudit());
    const auto again = admin({"backup", copy});
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
}

TEST_CASE_METHOD(CliFixture, "Output that cannot be written is reported and leaves nothing", "[cli][io]")
{
    const auto result = admin({"export", "-o", "/proc/trame-export.json"});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Catch::Contains("cannot be written"));
    CHECK(cliAs("admin", dir.file("absent.sqlite"), {"export"}).exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dir.file("absent.sqlite")));
    CHECK(admin({"import", dir.file("missing.json")}).exitCode == 1);
}

TEST_CASE("generate makes the same file from the same seed, and refuses a file with people", "[cli][generate]")
{
    TempDir dir;
    const std::string a = dir.file("a.sqlite"), b = dir.file("b.sqlite");
    const auto made = cli({"--db", a, "generate", "--beneficiaries", "40", "--seed", "3"});
    REQUIRE(made.exitCode == 0);
    CHECK_THAT(made.out, Catch::Contains("Generated 40 beneficiaries"));
    REQUIRE(cli({"--db", b, "generate", "--beneficiaries", "40", "--seed", "3"}).exitCode == 0);
    initWithAdministrator(a); // a generated file has people but no account yet
    initWithAdministrator(b);
    const auto exported = cliAs("admin", a, {"export"});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out == cliAs("admin", b, {"export"}).out);
    CHECK(trame::parseDocument(exported.out)->beneficiaries.size() == 40);
    CHECK(cli({"--db", a, "check"}).exitCode == 0);
    // The trail says they were made up.
    const auto trail = cliAs("admin", a, {"audit", "list", "--action", "create"});
    CHECK_THAT(trail.out, Catch::Contains("generated=1..40 seed=3"));

    const auto again = cli({"--db", a, "generate", "--beneficiaries", "5"});
    CHECK(again.exitCode == 2);
    CHECK_THAT(again.err, Catch::Contains("already holds beneficiaries"));
    CHECK(cli({"--db", dir.file("c.sqlite"), "generate"}).exitCode == 2);
    CHECK(cli({"--db", dir.file("c.sqlite"), "generate", "--beneficiaries", "-3"}).exitCode == 2);
    CHECK(cli({"--db", dir.file("c.sqlite"), "generate", "--beneficiaries", "ten"}).exitCode == 2);
}
