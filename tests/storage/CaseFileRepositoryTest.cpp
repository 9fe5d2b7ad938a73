#include "storage/CaseFileRepository.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

using namespace trame;
using namespace trame::storage;

TEST_CASE_METHOD(RepositoryFixture, "A case file is stored and loaded whole, in order", "[casefile]")
{
    BeneficiaryRecord r = sampleRecord(7);
    REQUIRE(BeneficiaryRepository(*db).insert(r.person).ok());
    CaseFileRepository repo(*db);
    CHECK(repo.insert(r.caseFile).value() == 1);
    const auto loaded = repo.load(7);
    REQUIRE(loaded.ok());
    CHECK(*loaded == r.caseFile);
}

TEST_CASE_METHOD(RepositoryFixture, "Saving bumps the version and new items get ids", "[casefile]")
{
    BeneficiaryRecord r = sampleRecord(7);
    REQUIRE(BeneficiaryRepository(*db).insert(r.person).ok());
    CaseFileRepository repo(*db);
    REQUIRE(repo.insert(r.caseFile).ok());
    CaseFile c = repo.load(7).value();
    c.obstacles.push_back({0, ObstacleCategory::Language, "Peu de français écrit", ObstacleStatus::Identified,
                           Date(2026, 10, 1), std::nullopt});
    std::swap(c.plan[0], c.plan[1]); // reorder
    c.plan.push_back({0, "Cours de FLE", "", std::nullopt, StepStatus::Planned, "", "", std::nullopt});
    CHECK(repo.save(c).value() == 2);
    CHECK(c.obstacles.back().id > 0);
    CHECK(c.plan.back().id > 0);
    const CaseFile again = repo.load(7).value();
    CHECK(again == c);
    CHECK(again.plan[0].title == "Comparer les deux formations");
}

TEST_CASE_METHOD(RepositoryFixture, "A stale save is a conflict and writes nothing", "[casefile][conflict]")
{
    BeneficiaryRecord r = sampleRecord(7);
    REQUIRE(BeneficiaryRepository(*db).insert(r.person).ok());
    CaseFileRepository repo(*db);
    REQUIRE(repo.insert(r.caseFile).ok());
    CaseFile mine = repo.load(7).value();
    CaseFile theirs = repo.load(7).value();
    theirs.situation = "Saisi sur l'autre poste";
    REQUIRE(repo.save(theirs).ok());
    mine.situation = "Saisi ici";
    mine.plan.clear();
    const auto result = repo.save(mine);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Conflict);
    const CaseFile stored = repo.load(7).value();
    CHECK(stored.situation == "Saisi sur l'autre poste");
    CHECK(stored.plan.size() == 2);
}

TEST_CASE_METHOD(RepositoryFixture, "A case file of nobody cannot be saved or loaded", "[casefile]")
{
    CaseFile orphan;
    orphan.beneficiaryId = 99;
    CHECK(CaseFileRepository(*db).insert(orphan).error().kind == ErrorKind::Invalid); // foreign key
    CHECK(CaseFileRepository(*db).save(orphan).error().kind == ErrorKind::NotFound);
    CHECK(CaseFileRepository(*db).load(99).error().kind == ErrorKind::NotFound);
}

TEST_CASE_METHOD(RepositoryFixture, "Given the stored copy, a save rewrites only what changed", "[casefile]")
{
    BeneficiaryRecord r = sampleRecord(7);
    REQUIRE(BeneficiaryRepository(*db).insert(r.person).ok());
    CaseFileRepository repo(*db);
    REQUIRE(repo.insert(r.caseFile).ok());
    const auto rowids = [&] {
        // Where each row is stored: a row rewritten moves (SQLite's rowid, the server's ctid).
        Statement s =
            db->prepare(db->sql("SELECT group_concat(rowid) FROM posture_items WHERE beneficiary_id = 7",
                                "SELECT string_agg(ctid::text, ',') FROM posture_items WHERE beneficiary_id = 7"));
        s.step();
        return s.text(0);
    };
    CaseFile stored = repo.load(7).value();
    const std::string before = rowids();
    CaseFile edited = stored;
    edited.situation = "Changée";
    edited.plan[1].status = StepStatus::Done;
    REQUIRE(repo.save(edited, &stored).ok());
    CHECK(repo.load(7).value() == edited);
    CHECK(rowids() == before); // the attitude list was not rewritten

    // A stale "previous" (another version) is not trusted: everything is rewritten.
    CaseFile stale = stored;
    CaseFile again = repo.load(7).value();
    again.attitude[0].label = "Écoute";
    REQUIRE(repo.save(again, &stale).ok());
    CHECK(repo.load(7).value() == again);
}
