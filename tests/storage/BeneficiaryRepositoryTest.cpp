#include "storage/BeneficiaryRepository.h"

#include "storage/AppointmentRepository.h"
#include "storage/CaseFileRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

using namespace trame;
using namespace trame::storage;

namespace {
// Stores a whole sample record (person, case file, interviews) under `id`.
void store(const Database& db, BeneficiaryRecord record)
{
    REQUIRE(BeneficiaryRepository(db).insert(record.person).ok());
    REQUIRE(CaseFileRepository(db).insert(record.caseFile).ok());
    for (Interview& i : record.interviews)
        REQUIRE(InterviewRepository(db).insert(i).ok());
}

std::vector<std::int64_t> ids(const Result<std::vector<BeneficiarySummary>>& rows)
{
    REQUIRE(rows.ok());
    std::vector<std::int64_t> result;
    for (const auto& row : *rows)
        result.push_back(row.id);
    return result;
}
} // namespace

TEST_CASE_METHOD(RepositoryFixture, "A beneficiary is stored and read back whole", "[beneficiaries]")
{
    BeneficiaryRepository repo(*db);
    Beneficiary b = sampleRecord(0).person;
    b.id = 0;
    const auto id = repo.insert(b);
    REQUIRE(id.ok());
    const auto read = repo.get(*id);
    REQUIRE(read.ok());
    b.id = *id;
    b.version = 1;
    CHECK(*read == b);
}

TEST_CASE_METHOD(RepositoryFixture, "A given id is kept, and a taken one is a conflict", "[beneficiaries]")
{
    BeneficiaryRepository repo(*db);
    const Beneficiary b = sampleRecord(42).person;
    CHECK(repo.insert(b).value() == 42);
    const auto again = repo.insert(b);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);
}

TEST_CASE_METHOD(RepositoryFixture, "Saving over a newer version fails and changes nothing",
                 "[beneficiaries][conflict]")
{
    BeneficiaryRepository repo(*db);
    REQUIRE(repo.insert(sampleRecord(1).person).ok());
    Beneficiary mine = repo.get(1).value();
    Beneficiary theirs = repo.get(1).value();
    theirs.phone = "01 02 03 04 05";
    CHECK(repo.update(theirs).value() == 2);
    mine.phone = "09 99 99 99 99";
    const auto lost = repo.update(mine);
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().kind == ErrorKind::Conflict);
    CHECK(repo.get(1)->phone == "01 02 03 04 05");
}

TEST_CASE_METHOD(RepositoryFixture, "Removing a beneficiary removes the case file and interviews", "[beneficiaries]")
{
    store(*db, sampleRecord(5));
    REQUIRE(BeneficiaryRepository(*db).remove(5).ok());
    CHECK(CaseFileRepository(*db).load(5).error().kind == ErrorKind::NotFound);
    CHECK(InterviewRepository(*db).forBeneficiary(5)->empty());
    CHECK(BeneficiaryRepository(*db).remove(5).error().kind == ErrorKind::NotFound);
}

TEST_CASE_METHOD(RepositoryFixture, "Search ignores accents and case and matches prefixes", "[beneficiaries][search]")
{
    store(*db, sampleRecord(1, "Chabert"));
    store(*db, sampleRecord(2, "Cissé"));
    store(*db, sampleRecord(3, "Lavire"));
    BeneficiaryRepository repo(*db);
    BeneficiaryQuery q;
    q.today = Date(2026, 9, 20);
    q.search = "ciss";
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{2});
    q.search = "CISSE";
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{2});
    q.search = "hélène lav";
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{3});
    q.search = "helene";
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{1, 2, 3});
    q.search = "gardienne"; // in the situation
    CHECK(ids(repo.find(q)).size() == 3);
    q.search = "hesite"; // in an obstacle's description ("Hésite entre CAP…")
    CHECK(ids(repo.find(q)).size() == 3);
    q.search = "\"unbalanced AND (";
    CHECK(repo.find(q).ok());
    q.search = "zzz";
    CHECK(ids(repo.find(q)).empty());
}

TEST_CASE_METHOD(RepositoryFixture, "The search index follows renames and case file edits", "[beneficiaries][search]")
{
    store(*db, sampleRecord(1, "Chabert"));
    BeneficiaryRepository repo(*db);
    Beneficiary b = repo.get(1).value();
    b.lastName = "Durand";
    REQUIRE(repo.update(b).ok());
    CaseFile c = CaseFileRepository(*db).load(1).value();
    c.situation = "Projet de boulangerie";
    c.obstacles.clear();
    c.plan.clear();
    REQUIRE(CaseFileRepository(*db).save(c).ok());
    BeneficiaryQuery q;
    q.search = "chabert";
    CHECK(repo.count(q).value() == 0);
    q.search = "durand";
    CHECK(repo.count(q).value() == 1);
    q.search = "boulanger";
    CHECK(repo.count(q).value() == 1);
    q.search = "hesite";
    CHECK(repo.count(q).value() == 0);
}

TEST_CASE_METHOD(RepositoryFixture, "Filters: status, counsellor, open obstacle category, overdue",
                 "[beneficiaries][filters]")
{
    BeneficiaryRecord a = sampleRecord(1, "Adam");
    a.person.counsellor = "alice";
    BeneficiaryRecord b = sampleRecord(2, "Bernard");
    b.person.status = BeneficiaryStatus::Closed;
    b.caseFile.obstacles[0].category = ObstacleCategory::Mobility;
    b.caseFile.plan[1].status = StepStatus::Done;
    b.interviews.clear();
    store(*db, a);
    store(*db, b);
    BeneficiaryRepository repo(*db);
    BeneficiaryQuery q;
    q.today = Date(2026, 9, 20);

    q.status = BeneficiaryStatus::Closed;
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{2});
    q.status.reset();
    q.counsellor = "alice";
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{1});
    q.counsellor.reset();
    q.obstacle = ObstacleCategory::Mobility;
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{2});
    q.obstacle = ObstacleCategory::Financing; // lifted in both samples
    CHECK(ids(repo.find(q)).empty());
    q.obstacle.reset();

    // Beneficiary 1: next appointment 2026-09-29, a step due 2026-10-15; beneficiary 2: all done.
    q.overdueOnly = true;
    CHECK(ids(repo.find(q)).empty());
    q.today = Date(2026, 9, 30);
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{1});
    q.overdueOnly = false;
    const auto rows = repo.find(q);
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0].overdue);
    CHECK((*rows)[0].nextAppointment == Date(2026, 9, 29));
    CHECK_FALSE((*rows)[1].overdue);

    // An appointment planned since: the list shows it, and the agreed date no longer makes it late.
    Appointment planned;
    planned.beneficiaryId = 1;
    planned.start = {Date(2026, 10, 6), 9 * 60};
    planned.counsellor = "alice";
    REQUIRE(AppointmentRepository(*db).insert(planned).ok());
    const auto withPlan = repo.find(q);
    CHECK((*withPlan)[0].nextAppointment == Date(2026, 10, 6));
    CHECK_FALSE((*withPlan)[0].overdue);
    q.overdueOnly = true;
    CHECK(ids(repo.find(q)).empty());
    q.today = Date(2026, 10, 16); // past the step's due date: late again, whatever is planned
    CHECK(ids(repo.find(q)) == std::vector<std::int64_t>{1});
}

TEST_CASE_METHOD(RepositoryFixture, "Pages come in name order and the count ignores the page", "[beneficiaries]")
{
    for (int i = 1; i <= 30; ++i)
        REQUIRE(BeneficiaryRepository(*db).insert(sampleRecord(i, "Nom" + std::to_string(100 - i)).person).ok());
    BeneficiaryQuery q;
    q.limit = 10;
    q.offset = 10;
    const auto page = BeneficiaryRepository(*db).find(q);
    REQUIRE(page->size() == 10);
    CHECK((*page)[0].lastName == "Nom80");
    CHECK(BeneficiaryRepository(*db).count(q).value() == 30);
}

TEST_CASE_METHOD(RepositoryFixture, "A value edited by hand into the file is reported as damage, naming it",
                 "[beneficiaries]")
{
    const auto id = BeneficiaryRepository(*db).insert(sampleRecord(0).person);
    REQUIRE(id.ok());
    const auto listAfter = [&](const std::string& assignment) {
        db->exec("UPDATE beneficiaries SET " + assignment + " WHERE id = " + std::to_string(*id));
        return BeneficiaryRepository(*db).find({});
    };
    SECTION("a date that is not a date")
    {
        const auto page = listAfter("next_appointment = '31/12/2026'");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().kind == ErrorKind::Corrupt);
        CHECK(page.error().message == "a stored date is not a date: 31/12/2026");
    }
    SECTION("a status Trame does not know")
    {
        const auto page = listAfter("status = 'archivé'");
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().kind == ErrorKind::Corrupt);
        CHECK(page.error().message == "a stored value is unknown: archivé");
    }
}
