#include "RepositoryFixture.h"

#include "storage/PeriodRepository.h"

using namespace trame;
using namespace trame::storage;

namespace {

const ExitReason kOwn{
    "emploi_aide", "Contrat aidé (PEC)", IaeExitCategory::TransitionJob, false, FseSituation::Employed, "", true};

std::size_t countOf(const std::vector<ExitReason>& reasons, const std::string& code)
{
    std::size_t n = 0;
    for (const ExitReason& r : reasons)
        n += r.code == code ? 1 : 0;
    return n;
}

} // namespace

// Two administrators, each on a workstation, both saw a list without the code and both add it.
TEST_CASE_METHOD(RepositoryFixture, "A code added twice at the same hour is stored once and the second is refused",
                 "[periods]")
{
    const auto other = open(path);
    REQUIRE(PeriodRepository(*db).addExitReason(kOwn).ok());
    ExitReason second = kOwn;
    second.label = "Parcours emploi compétences";
    const Status refused = PeriodRepository(*other).addExitReason(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().path == "code");
    const auto reasons = PeriodRepository(*db).exitReasons().value();
    CHECK(countOf(reasons, kOwn.code) == 1);
    CHECK(reasons.back() == kOwn); // the first one's words, not overwritten

    const Programme programme{"garantie_jeunes", "Garantie jeunes", 12, "", true};
    REQUIRE(PeriodRepository(*db).addProgramme(programme).ok());
    CHECK(PeriodRepository(*other).addProgramme(programme).error().kind == ErrorKind::Conflict);
}

TEST_CASE_METHOD(RepositoryFixture, "A change of an entry not in the list adds nothing", "[periods]")
{
    ExitReason unknown = kOwn;
    unknown.code = "inconnu";
    CHECK(PeriodRepository(*db).changeExitReason(unknown).error().kind == ErrorKind::NotFound);
    CHECK(countOf(PeriodRepository(*db).exitReasons().value(), "inconnu") == 0);
    CHECK(PeriodRepository(*db).changeProgramme({"inconnu", "x", std::nullopt, "", true}).error().kind ==
          ErrorKind::NotFound);

    Programme plie = PeriodRepository(*db).programmes().value().at(1);
    plie.label = "PLIE de l’agglomération";
    plie.maxMonths = 24;
    REQUIRE(PeriodRepository(*db).changeProgramme(plie).ok());
    bool found = false;
    const auto programmes = PeriodRepository(*db).programmes().value();
    for (const Programme& p : programmes)
        if (p.code == plie.code) {
            found = true;
            CHECK(p.label == "PLIE de l’agglomération");
            CHECK(p.maxMonths == 24);
        }
    CHECK(found);
}
