#include "storage/InterviewRepository.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

using namespace trame;
using namespace trame::storage;

TEST_CASE_METHOD(RepositoryFixture, "Interviews are stored with their entries, oldest first", "[interviews]")
{
    BeneficiaryRecord r = sampleRecord(3);
    REQUIRE(BeneficiaryRepository(*db).insert(r.person).ok());
    InterviewRepository repo(*db);
    Interview later = r.interviews[0];
    later.id = 0;
    later.heldOn = Date(2026, 10, 1);
    later.entries = {{"follow_up_frequency", ItemStatus::InProgress, "Tous les 15 jours"}};
    REQUIRE(repo.insert(later).ok());
    REQUIRE(repo.insert(r.interviews[0]).ok());
    const auto all = repo.forBeneficiary(3);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0] == r.interviews[0]);
    CHECK((*all)[1] == later);
}

TEST_CASE_METHOD(RepositoryFixture, "An interview update is guarded by its version", "[interviews][conflict]")
{
    BeneficiaryRecord r = sampleRecord(3);
    REQUIRE(BeneficiaryRepository(*db).insert(r.person).ok());
    InterviewRepository repo(*db);
    Interview i = r.interviews[0];
    REQUIRE(repo.insert(i).ok());
    Interview other = repo.get(i.id).value();
    i.selfAssessment = "Mieux";
    i.entries.pop_back();
    CHECK(repo.update(i).value() == 2);
    CHECK(repo.get(i.id).value() == i);
    other.selfAssessment = "Pareil";
    CHECK(repo.update(other).error().kind == ErrorKind::Conflict);
    CHECK(repo.get(i.id)->selfAssessment == "Mieux");
    REQUIRE(repo.remove(i.id).ok());
    CHECK(repo.get(i.id).error().kind == ErrorKind::NotFound);
}
