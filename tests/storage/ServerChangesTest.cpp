#include "storage/ServerChanges.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

#include <poll.h>

#include <algorithm>

using namespace trame;
using namespace trame::storage;

TEST_CASE_METHOD(RepositoryFixture, "A workstation learns which people a colleague saved, and not its own",
                 "[server][changes]")
{
    for (const std::int64_t id : {1, 2, 3})
        REQUIRE(BeneficiaryRepository(*db).insert(sampleRecord(id, "Personne").person).ok());
    REQUIRE(listenForChanges(*db).ok());
    CHECK(takeChanges(*db).value().empty());
    auto colleague = RepositoryFixture::open(path);
    for (const std::int64_t id : {2, 1, 2}) {
        auto person = BeneficiaryRepository(*colleague).get(id).value();
        person.phone = "01 23 45 67 8" + std::to_string(id);
        REQUIRE(BeneficiaryRepository(*colleague).update(person).ok());
    }
    // The socket says when something came: no need to ask. Each commit sends its own, so they may
    // come one poll at a time.
    std::vector<std::int64_t> told;
    pollfd watch{changeSocket(*db), POLLIN, 0};
    while (told.size() < 2 && ::poll(&watch, 1, 2000) == 1) {
        const auto taken = takeChanges(*db).value();
        for (const std::int64_t id : taken)
            if (std::find(told.begin(), told.end(), id) == told.end())
                told.push_back(id);
    }
    CHECK(told == std::vector<std::int64_t>{2, 1});
    auto mine = BeneficiaryRepository(*db).get(3).value();
    mine.phone = "09";
    REQUIRE(BeneficiaryRepository(*db).update(mine).ok());
    // The colleague's third save (person 2 again) may still be arriving: only person 3 must not.
    const auto after = takeChanges(*db).value();
    CHECK(std::find(after.begin(), after.end(), 3) == after.end());
}
