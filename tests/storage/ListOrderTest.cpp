#include "storage/AppointmentRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

using namespace trame;
using namespace trame::storage;

// The list's orders, as the app's column headers ask for them: each sorted in the database, names
// breaking ties, in both directions, page after page.
namespace {

struct Person {
    std::int64_t id;
    const char* lastName;
    BeneficiaryStatus status;
    const char* counsellor;
};

// 1 Dubois active alice, 2 Abadie paused bruno, 3 Carré active bruno, 4 Bernard closed alice.
const std::vector<Person> kPeople = {
    {1, "Dubois", BeneficiaryStatus::Active, "alice"},
    {2, "Abadie", BeneficiaryStatus::Paused, "bruno"},
    {3, "Carré", BeneficiaryStatus::Active, "bruno"},
    {4, "Bernard", BeneficiaryStatus::Closed, "alice"},
};

std::vector<std::int64_t> idsOf(const BeneficiaryRepository& repo, BeneficiaryQuery q)
{
    const auto rows = repo.find(q);
    REQUIRE(rows.ok());
    std::vector<std::int64_t> ids;
    for (const auto& row : *rows)
        ids.push_back(row.id);
    return ids;
}

BeneficiaryQuery sorted(ListOrder order, bool descending = false)
{
    BeneficiaryQuery q;
    q.today = Date(2026, 10, 1);
    q.order = order;
    q.descending = descending;
    return q;
}

} // namespace

TEST_CASE_METHOD(RepositoryFixture, "The list sorts by each column in both directions with names breaking ties",
                 "[beneficiaries][order]")
{
    for (const Person& p : kPeople) {
        Beneficiary b = sampleRecord(p.id, p.lastName).person;
        b.status = p.status;
        b.counsellor = p.counsellor;
        REQUIRE(BeneficiaryRepository(*db).insert(b).ok());
    }
    // Dubois and Bernard have appointments ahead, Bernard's first; the others none.
    for (auto [person, day] : {std::pair{1, 20}, std::pair{4, 12}}) {
        Appointment a;
        a.beneficiaryId = person;
        a.start = {Date(2026, 10, day), 9 * 60};
        a.counsellor = "alice";
        REQUIRE(AppointmentRepository(*db).insert(a).ok());
    }
    const BeneficiaryRepository repo(*db);
    using Ids = std::vector<std::int64_t>;

    CHECK(idsOf(repo, sorted(ListOrder::ByName)) == Ids{2, 4, 3, 1});
    CHECK(idsOf(repo, sorted(ListOrder::ByName, true)) == Ids{1, 3, 4, 2});
    // active < closed < paused: the codes, which the French labels follow (Actif, Clôturé, Suspendu).
    CHECK(idsOf(repo, sorted(ListOrder::ByStatus)) == Ids{3, 1, 4, 2});
    CHECK(idsOf(repo, sorted(ListOrder::ByStatus, true)) == Ids{2, 4, 1, 3});
    CHECK(idsOf(repo, sorted(ListOrder::ByCounsellor)) == Ids{4, 1, 2, 3});
    CHECK(idsOf(repo, sorted(ListOrder::ByCounsellor, true)) == Ids{3, 2, 1, 4});
    // No appointment comes last either way, then by name.
    CHECK(idsOf(repo, sorted(ListOrder::ByNextAppointment)) == Ids{4, 1, 2, 3});
    CHECK(idsOf(repo, sorted(ListOrder::ByNextAppointment, true)) == Ids{1, 4, 3, 2});

    SECTION("page after page, each person once, in the same order")
    {
        for (ListOrder order : {ListOrder::ByStatus, ListOrder::ByNextAppointment}) {
            Ids paged;
            BeneficiaryQuery q = sorted(order, true);
            q.limit = 1;
            for (q.offset = 0; q.offset < 5; ++q.offset)
                for (auto id : idsOf(repo, q))
                    paged.push_back(id);
            CHECK(paged == idsOf(repo, sorted(order, true)));
        }
    }
    SECTION("filters and words keep the order asked for")
    {
        BeneficiaryQuery q = sorted(ListOrder::ByName, true);
        q.counsellor = "bruno";
        CHECK(idsOf(repo, q) == Ids{3, 2});
        q.counsellor.reset();
        q.search = "helene"; // everyone's first name
        CHECK(idsOf(repo, q) == Ids{1, 3, 4, 2});
        q.order = ListOrder::ByCounsellor;
        q.openOnly = true;
        CHECK(idsOf(repo, q) == Ids{3, 2, 1});
    }
}
