#include "domain/PeriodRules.h"

#include <catch2/catch.hpp>

using namespace trame;

namespace {

const std::vector<ExitReason> kReasons = {
    {"cdi", "CDI", IaeExitCategory::DurableJob, true, FseSituation::Employed, "", true}};

SupportPeriod openOn(const Date& entry)
{
    SupportPeriod p;
    p.entryDate = entry;
    p.programme = "plie";
    return p;
}

Bilan bilanSaying(const std::string& text)
{
    Bilan b;
    b.text = text;
    return b;
}

std::string pathOf(const Status& status)
{
    return status ? std::string() : status.error().path;
}

} // namespace

TEST_CASE("A pause starts in the period, one at a time, and a resumption ends it", "[periods]")
{
    const SupportPeriod open = openOn(Date(2026, 1, 5));
    CHECK(pathOf(rules::pause(open, {Date(2026, 1, 1), std::nullopt, std::nullopt, "Santé"}).transform([](auto) {
              return Ok{};
          })) == "pause.from");
    CHECK_FALSE(rules::pause(open, {Date(2026, 3, 1), std::nullopt, std::nullopt, " "}).ok()); // a reason is needed
    auto paused = rules::pause(open, {Date(2026, 3, 1), Date(2026, 4, 1), std::nullopt, "Hospitalisation"});
    REQUIRE(paused.ok());
    CHECK(rules::statusOf(*paused) == BeneficiaryStatus::Paused);
    CHECK_FALSE(rules::pause(*paused, {Date(2026, 3, 2), std::nullopt, std::nullopt, "Encore"}).ok());
    CHECK_FALSE(rules::resume(*paused, Date(2026, 2, 1)).ok()); // before the pause began
    auto resumed = rules::resume(*paused, Date(2026, 3, 20));
    REQUIRE(resumed.ok());
    CHECK(rules::statusOf(*resumed) == BeneficiaryStatus::Active);
    CHECK_FALSE(rules::resume(*resumed, Date(2026, 3, 21)).ok()); // not paused any more
    // A new pause cannot begin inside the last one.
    CHECK_FALSE(rules::pause(*resumed, {Date(2026, 3, 10), std::nullopt, std::nullopt, "Santé"}).ok());
}

TEST_CASE("An exit needs a known reason and a bilan with the counsellor's words", "[periods]")
{
    const SupportPeriod open = openOn(Date(2026, 1, 5));
    const PeriodExit exit{Date(2026, 6, 30), "cdi", FseSituation::Employed};
    CHECK(rules::close(open, {Date(2026, 6, 30), "", FseSituation::Employed}, bilanSaying("Fin"), kReasons)
              .error()
              .path == "exit.reason");
    CHECK(rules::close(open, {Date(2026, 6, 30), "loterie", FseSituation::Employed}, bilanSaying("Fin"), kReasons)
              .error()
              .path == "exit.reason");
    CHECK(rules::close(open, exit, bilanSaying("  "), kReasons).error().path == "bilan.text");
    CHECK(rules::close(open, {Date(2025, 12, 1), "cdi", FseSituation::Employed}, bilanSaying("Fin"), kReasons)
              .error()
              .path == "exit.date");
    auto closed = rules::close(open, exit, bilanSaying("Embauchée en CDI."), kReasons);
    REQUIRE(closed.ok());
    CHECK(rules::statusOf(*closed) == BeneficiaryStatus::Closed);
    CHECK_FALSE(rules::close(*closed, exit, bilanSaying("Encore"), kReasons).ok());
    CHECK_FALSE(rules::pause(*closed, {Date(2026, 7, 1), std::nullopt, std::nullopt, "Santé"}).ok());
}

TEST_CASE("Closing a paused period ends the pause on the exit day", "[periods]")
{
    auto paused = rules::pause(openOn(Date(2026, 1, 5)), {Date(2026, 3, 1), std::nullopt, std::nullopt, "Santé"});
    REQUIRE(paused.ok());
    CHECK_FALSE(
        rules::close(*paused, {Date(2026, 2, 1), "cdi", FseSituation::Employed}, bilanSaying("Fin"), kReasons).ok());
    auto closed =
        rules::close(*paused, {Date(2026, 4, 1), "cdi", FseSituation::Employed}, bilanSaying("Fin"), kReasons);
    REQUIRE(closed.ok());
    CHECK(closed->pauses.back().until == Date(2026, 4, 1));
}

TEST_CASE("Reopening starts a new period after the exit and keeps the old one", "[periods]")
{
    const SupportPeriod first =
        rules::close(openOn(Date(2025, 1, 6)), {Date(2025, 9, 1), "cdi", FseSituation::Employed}, bilanSaying("Fin"),
                     kReasons)
            .value();
    CHECK_FALSE(rules::reopen({openOn(Date(2025, 1, 6))}, openOn(Date(2026, 1, 1))).ok()); // still open
    CHECK(rules::reopen({first}, openOn(Date(2025, 8, 1))).error().path == "entry_date");
    auto next = rules::reopen({first}, openOn(Date(2025, 9, 1))); // the day it closed: no overlap
    REQUIRE(next.ok());
    CHECK(next->isOpen());
    CHECK(rules::validateHistory({first, *next}, kReasons, "periods").ok());
}

TEST_CASE("A recorded pause is corrected: dates and reason, still inside the period, still ended", "[periods]")
{
    SupportPeriod period = openOn(Date(2026, 1, 5));
    period.pauses = {{Date(2026, 2, 1), std::nullopt, Date(2026, 2, 20), "Santé"},
                     {Date(2026, 3, 1), Date(2026, 4, 1), std::nullopt, "Formation"}};
    auto corrected = rules::correctPause(
        period, 0, {Date(2026, 2, 2), std::nullopt, Date(2026, 2, 25), "Hospitalisation"}, kReasons);
    REQUIRE(corrected.ok());
    CHECK(corrected->pauses[0].reason == "Hospitalisation");
    CHECK(corrected->pauses[0].until == Date(2026, 2, 25));
    CHECK(corrected->pauses[1] == period.pauses[1]);
    const auto pathIf = [&](std::size_t index, const Pause& p) {
        return pathOf(rules::correctPause(period, index, p, kReasons).transform([](auto) { return Ok{}; }));
    };
    CHECK(pathIf(0, {Date(2026, 2, 2), std::nullopt, Date(2026, 3, 5), "Santé"}) == "pauses[1].from");  // overlap
    CHECK(pathIf(0, {Date(2026, 1, 1), std::nullopt, Date(2026, 2, 20), "Santé"}) == "pause.from");     // before entry
    CHECK(pathIf(0, {Date(2026, 2, 1), std::nullopt, std::nullopt, "Santé"}) == "pause.until");         // ended
    CHECK(pathIf(1, {Date(2026, 3, 1), std::nullopt, Date(2026, 3, 9), "Formation"}) == "pause.until"); // resume
    CHECK(pathIf(1, {Date(2026, 3, 1), std::nullopt, std::nullopt, ""}) == "pause.reason");
    CHECK(pathIf(2, {Date(2026, 3, 1), std::nullopt, std::nullopt, "Autre"}) == "pause");
}

TEST_CASE("A recorded exit is corrected: still an exit, with a reason and the counsellor's words", "[periods]")
{
    SupportPeriod period = openOn(Date(2026, 1, 5));
    period.pauses = {{Date(2026, 5, 1), std::nullopt, std::nullopt, "Santé"}};
    period =
        rules::close(period, {Date(2026, 6, 30), "cdi", FseSituation::Employed}, bilanSaying("CDI"), kReasons).value();
    REQUIRE(period.pauses[0].until == Date(2026, 6, 30)); // the exit ended the pause

    auto corrected = rules::correctExit(period, {Date(2026, 6, 15), "cdi", FseSituation::InTraining},
                                        bilanSaying("CDI signé"), kReasons);
    REQUIRE(corrected.ok());
    CHECK(corrected->exit->date == Date(2026, 6, 15));
    CHECK(corrected->exit->situation == FseSituation::InTraining);
    CHECK(corrected->bilan->text == "CDI signé");
    CHECK(corrected->pauses[0].until == Date(2026, 6, 15)); // the pause still ends with the exit
    const auto pathIf = [&](const SupportPeriod& p, const PeriodExit& exit, const std::string& text) {
        return pathOf(rules::correctExit(p, exit, bilanSaying(text), kReasons).transform([](auto) { return Ok{}; }));
    };
    CHECK(pathIf(period, {Date(2026, 6, 15), "cdi", FseSituation::Employed}, " ") == "bilan.text");
    CHECK(pathIf(period, {Date(2026, 6, 15), "", FseSituation::Employed}, "CDI") == "exit.reason");
    CHECK(pathIf(period, {Date(2026, 6, 15), "inconnu", FseSituation::Employed}, "CDI") == "exit.reason");
    CHECK(pathIf(period, {Date(2026, 1, 1), "cdi", FseSituation::Employed}, "CDI") == "exit.date");
    CHECK(pathIf(period, {Date(2026, 4, 1), "cdi", FseSituation::Employed}, "CDI") == "pauses[0]"); // pause after
    CHECK(pathIf(openOn(Date(2026, 1, 5)), {Date(2026, 6, 15), "cdi", FseSituation::Employed}, "CDI") == "exit");
}

TEST_CASE("A history is refused with the field named: two open periods, an overlap, an end before the start",
          "[periods]")
{
    const SupportPeriod closed =
        rules::close(openOn(Date(2025, 1, 6)), {Date(2025, 9, 1), "cdi", FseSituation::Employed}, bilanSaying("Fin"),
                     kReasons)
            .value();
    CHECK(pathOf(rules::validateHistory({openOn(Date(2025, 1, 6)), openOn(Date(2026, 1, 1))}, kReasons, "periods")) ==
          "periods[1]");
    CHECK(pathOf(rules::validateHistory({closed, openOn(Date(2025, 6, 1))}, kReasons, "periods")) ==
          "periods[1].entry_date");
    SupportPeriod backwards = closed;
    backwards.exit->date = Date(2024, 12, 1);
    CHECK(pathOf(rules::validateHistory({backwards}, kReasons, "periods")) == "periods[0].exit.date");
    SupportPeriod unknown = closed;
    unknown.exit->reason = "inconnu";
    CHECK(pathOf(rules::validateHistory({unknown}, kReasons, "periods")) == "periods[0].exit.reason");
}

TEST_CASE("The bilan is prefilled from the case file as it stands", "[periods]")
{
    CaseFile c;
    c.obstacles = {{1, ObstacleCategory::Mobility, "Pas de permis", ObstacleStatus::Lifted, std::nullopt, std::nullopt},
                   {2, ObstacleCategory::Housing, "Hébergée", ObstacleStatus::Identified, std::nullopt, std::nullopt}};
    c.indicators = {{"Permis obtenu", "Code et conduite", "Obtenu en mai", std::nullopt, ""}};
    c.plan = {{1, "Inscription auto-école", "", std::nullopt, StepStatus::Done, "", "", std::nullopt},
              {2, "Dossier logement", "", std::nullopt, StepStatus::Planned, "", "", std::nullopt}};
    const Bilan bilan = rules::prefilledBilan(c);
    REQUIRE(bilan.obstacles.size() == 2);
    CHECK(bilan.obstacles[0].lifted);
    CHECK_FALSE(bilan.obstacles[1].lifted);
    CHECK(bilan.indicators[0].evaluation == "Obtenu en mai");
    CHECK(bilan.steps[0].status == StepStatus::Done);
    CHECK(bilan.steps[1].status == StepStatus::Planned);
    CHECK(bilan.text.empty()); // the counsellor's words are theirs to write
}

TEST_CASE("Alerts: past the programme's maximum length, paused past the expected end", "[periods]")
{
    const SupportPeriod open = openOn(Date(2023, 1, 2));
    CHECK(rules::alertsFor(open, 36, Date(2026, 1, 1)) == rules::PeriodAlerts{false, false});
    CHECK(rules::alertsFor(open, 36, Date(2026, 1, 2)).pastMaxLength);
    CHECK_FALSE(rules::alertsFor(open, std::nullopt, Date(2030, 1, 2)).pastMaxLength);
    const SupportPeriod paused =
        rules::pause(open, {Date(2025, 3, 1), Date(2025, 4, 1), std::nullopt, "Santé"}).value();
    CHECK_FALSE(rules::alertsFor(paused, std::nullopt, Date(2025, 4, 1)).pausePastExpected);
    CHECK(rules::alertsFor(paused, std::nullopt, Date(2025, 4, 2)).pausePastExpected);
}
