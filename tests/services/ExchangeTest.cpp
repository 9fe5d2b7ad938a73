#include "services/Exchange.h"
#include "support/ManualClock.h"

#include "services/Clock.h"

#include "domain/Document.h"
#include "services/DataRights.h"
#include "services/Workspace.h"
#include "support/DbDump.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/Users.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace trame;
using namespace trame::services;

namespace {
std::unique_ptr<Workspace> open(const std::string& path)
{
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    return std::move(workspace).value();
}

const ManualClock kClock{std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2)};

// The file-wide export and the import are the administrator's.
Exchange asAdministrator(Workspace& workspace)
{
    return Exchange(workspace, kClock, signInAs(workspace, kClock, Role::Administrator, "admin"));
}

Result<ImportSummary> importDocument(Workspace& workspace, std::string_view text)
{
    return asAdministrator(workspace).import(text);
}

Result<std::string> exportDocument(Workspace& workspace, const ExportOptions& options)
{
    return asAdministrator(workspace).exportText(options);
}

std::string twoPeople()
{
    Document doc;
    doc.beneficiaries = {sampleRecord(1), sampleRecord(2, "Cissé")};
    return serializeDocument(doc);
}
} // namespace

TEST_CASE("Export, import into a fresh file, export: byte-identical", "[exchange]")
{
    TempDir dir;
    auto first = open(dir.file("a.sqlite"));
    REQUIRE(importDocument(*first, twoPeople()).ok());
    const auto exported = exportDocument(*first, {});
    REQUIRE(exported.ok());
    CHECK(*exported == twoPeople());

    auto second = open(dir.file("b.sqlite"));
    const auto summary = importDocument(*second, *exported);
    REQUIRE(summary.ok());
    CHECK(summary->beneficiaries == 2);
    CHECK(summary->interviews == 2);
    CHECK(exportDocument(*second, {}).value() == *exported);

    ExportOptions references;
    references.references = true;
    references.beneficiaries = false;
    CHECK(exportDocument(*second, references).value() == exportDocument(*first, references).value());
}

TEST_CASE("One beneficiary can be exported alone", "[exchange]")
{
    TempDir dir;
    auto workspace = open(dir.file("a.sqlite"));
    REQUIRE(importDocument(*workspace, twoPeople()).ok());
    ExportOptions one;
    one.beneficiary = 2;
    const auto parsed = parseDocument(exportDocument(*workspace, one).value());
    REQUIRE(parsed->beneficiaries.size() == 1);
    CHECK(parsed->beneficiaries[0].person.lastName == "Cissé");
    one.beneficiary = 99;
    CHECK(exportDocument(*workspace, one).error().kind == ErrorKind::NotFound);
}

TEST_CASE("Import is all or nothing: one bad record and the file is unchanged", "[exchange][bad-input]")
{
    TempDir dir;
    const std::string path = dir.file("a.sqlite");
    auto workspace = open(path);
    Exchange exchange = asAdministrator(*workspace); // signed in before the snapshot
    REQUIRE(exchange.import(twoPeople()).ok());
    const std::string before = dumpDatabase(path);

    SECTION("an id already in the file")
    {
        Document doc;
        doc.beneficiaries = {sampleRecord(3, "Nouveau"), sampleRecord(2, "Doublon")};
        doc.beneficiaries[1].caseFile.obstacles.clear();
        doc.beneficiaries[1].caseFile.plan.clear();
        doc.beneficiaries[1].interviews.clear();
        const auto result = exchange.import(serializeDocument(doc));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().describe() == "beneficiaries[1].id: 2 already exists in this database");
    }
    SECTION("an obstacle id used by someone already in the file")
    {
        Document doc;
        doc.beneficiaries = {sampleRecord(3, "Nouveau")};
        doc.beneficiaries[0].caseFile.obstacles[1].id = 101;
        const auto result = exchange.import(serializeDocument(doc));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Invalid);
        CHECK(result.error().describe() ==
              "beneficiaries[0].case_file.obstacles[1].id: 101 already exists in this database");
    }
    SECTION("an unknown template item")
    {
        auto j = nlohmann::json::parse(twoPeople());
        j["beneficiaries"][0]["id"] = 10;
        j["beneficiaries"][1]["id"] = 11;
        j["beneficiaries"][0]["interviews"][0]["entries"][0]["item"] = "not_in_annexe";
        const auto result = exchange.import(j.dump());
        REQUIRE_FALSE(result.ok());
        CHECK_THAT(result.error().message, Catch::Contains("not an item of template version 1"));
    }
    SECTION("malformed input")
    {
        for (const char* text :
             {"", "not json", "{\"format\": \"trame/9\"}", "{\"format\": \"trame/1\", \"beneficiaries\": 3}"})
            CHECK_FALSE(exchange.import(text).ok());
    }
    CHECK(dumpDatabase(path) == before);
}

TEST_CASE("References in an import replace the stored ones only when newer", "[exchange]")
{
    TempDir dir;
    auto workspace = open(dir.file("a.sqlite"));
    ExportOptions references;
    references.references = true;
    references.beneficiaries = false;
    auto doc = parseDocument(exportDocument(*workspace, references).value()).value();

    doc.references->cases[0].title = "Titre venu d'ailleurs";
    auto same = importDocument(*workspace, serializeDocument(doc));
    REQUIRE(same.ok());
    CHECK_FALSE(same->referencesUpdated);

    doc.references->seedVersion += 1;
    auto newer = importDocument(*workspace, serializeDocument(doc));
    REQUIRE(newer.ok());
    CHECK(newer->referencesUpdated);
    const auto stored = parseDocument(exportDocument(*workspace, references).value()).value();
    CHECK(stored.references->cases[0].title == "Titre venu d'ailleurs");
}

TEST_CASE("An import never wipes the guide nor removes a catalogue key in use", "[exchange][bad-input]")
{
    TempDir dir;
    const std::string path = dir.file("a.sqlite");
    auto workspace = open(path);
    REQUIRE(importDocument(*workspace, twoPeople()).ok()); // their case files use catalogue keys
    ExportOptions references;
    references.references = true;
    references.beneficiaries = false;
    const Document original = parseDocument(exportDocument(*workspace, references).value()).value();
    const std::string before = dumpDatabase(path, {"audit_log"});

    const auto refused = [&](const std::function<void(ReferenceContent&)>& change) {
        Document doc = original;
        doc.references->seedVersion = 999999;
        change(*doc.references);
        const auto imported = importDocument(*workspace, serializeDocument(doc));
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().kind == ErrorKind::Invalid);
        CHECK(dumpDatabase(path, {"audit_log"}) == before);
        return imported.error().describe();
    };
    CHECK_THAT(refused([](ReferenceContent& r) {
                   r.cases.clear();
                   r.catalogue.clear();
               }),
               Catch::Contains("the guide's six cases"));
    CHECK_THAT(refused([](ReferenceContent& r) { r.templates.clear(); }), Catch::Contains("Annexe 1 template"));
    CHECK_THAT(refused([](ReferenceContent& r) {
                   std::erase_if(r.catalogue, [](const CatalogueEntry& e) { return e.key == "france_travail"; });
               }),
               Catch::Contains("'france_travail'"));
}

TEST_CASE("A person imported without a creation date counts from the import", "[exchange]")
{
    TempDir dir;
    auto workspace = open(dir.file("a.sqlite"));
    auto doc = nlohmann::json::parse(twoPeople());
    doc["beneficiaries"][0].erase("created_at");
    doc["beneficiaries"][0].erase("updated_at");
    REQUIRE(importDocument(*workspace, doc.dump()).ok());
    const auto exported = nlohmann::json::parse(exportDocument(*workspace, {}).value());
    CHECK(exported["beneficiaries"][0]["created_at"] == kClock.instant().toString());
    // Retention then has a date for everyone, and lists no one (the person was just created).
    const Actor admin = signInAs(*workspace, kClock, Role::Administrator, "admin");
    const auto due = DataRights(*workspace, kClock, admin).retentionCandidates();
    REQUIRE(due.ok());
}
