// The rules a case file follows when it changes, whoever changes it (a table cell, a button).
#include "domain/CaseFileRules.h"
#include "domain/InterviewRules.h"

#include "support/Samples.h"

#include <catch2/catch.hpp>

using namespace trame;

namespace {
const Date kToday(2026, 11, 2);

std::vector<CatalogueEntry> catalogue()
{
    return {{CatalogueKind::Tool, "immersion_facile", "Immersion Facile", "Découvrir un métier en entreprise", {}, {}},
            {CatalogueKind::Tool, "vae", "VAE", "Validation des acquis", {}, {}},
            {CatalogueKind::Technique, "reformulation", "Reformulation", "Redire avec ses mots", {}, {}},
            {CatalogueKind::Partner, "cpam", "CPAM", "", {}, {}},
            {CatalogueKind::Partner, "france_travail", "France Travail", "", {}, {}}};
}
} // namespace

TEST_CASE("An obstacle lifted is dated, reopened it is not", "[rules]")
{
    Obstacle o;
    o.identifiedOn = Date(2026, 10, 1);
    rules::setObstacleStatus(o, ObstacleStatus::Lifted, kToday);
    CHECK(o.status == ObstacleStatus::Lifted);
    CHECK(o.liftedOn == kToday);
    // Lifting again keeps the first date.
    rules::setObstacleStatus(o, ObstacleStatus::Lifted, Date(2026, 12, 1));
    CHECK(o.liftedOn == kToday);
    rules::setObstacleStatus(o, ObstacleStatus::BeingAddressed, kToday);
    CHECK_FALSE(o.liftedOn.has_value());
    // Never lifted before it was identified.
    o.identifiedOn = Date(2026, 12, 24);
    rules::setObstacleStatus(o, ObstacleStatus::Lifted, kToday);
    CHECK(o.liftedOn == Date(2026, 12, 24));
}

TEST_CASE("Removing an obstacle unlinks the steps that addressed it", "[rules]")
{
    CaseFile c = sampleRecord(3).caseFile;
    REQUIRE(c.plan[0].obstacleId == c.obstacles[0].id);
    rules::removeObstacle(c, 0);
    CHECK_FALSE(c.plan[0].obstacleId.has_value());
    const auto count = c.obstacles.size();
    rules::removeObstacle(c, 99); // out of range: nothing
    CHECK(c.obstacles.size() == count);
}

TEST_CASE("A catalogue choice names the row unless the counsellor named it", "[rules]")
{
    ToolUse tool;
    rules::chooseTool(tool, "immersion_facile", catalogue());
    CHECK(tool.tool == "immersion_facile");
    CHECK(tool.label == "Immersion Facile");
    rules::chooseTool(tool, "vae", catalogue());
    CHECK(tool.label == "VAE"); // it followed the catalogue: it follows again
    tool.label = "VAE d'aide-soignante";
    rules::chooseTool(tool, "immersion_facile", catalogue());
    CHECK(tool.label == "VAE d'aide-soignante");
    rules::chooseTool(tool, "", catalogue());
    CHECK(tool.tool.empty());

    PostureItem posture;
    rules::chooseTechnique(posture, "reformulation", catalogue());
    CHECK(posture.label == "Reformulation");
    CHECK(posture.guidance == "Redire avec ses mots");
}

TEST_CASE("A partner is the catalogue's when its name is typed, else kept by name", "[rules]")
{
    CHECK(rules::choosePartner("CPAM", catalogue()).key == "cpam");
    CHECK(rules::choosePartner(" france travail ", catalogue()).key == "france_travail");
    // « CAF » is not « CPAM »: no closest match is taken.
    const auto caf = rules::choosePartner("CAF", catalogue());
    CHECK(caf.key.empty());
    CHECK(caf.name == "CAF");
    CHECK(rules::choosePartner("  ", catalogue()).name.empty());
}

TEST_CASE("Rows not yet named wait, named ones are stored trimmed", "[rules]")
{
    CaseFile c = sampleRecord(1).caseFile;
    const auto steps = c.plan.size();
    c.plan.push_back({});
    c.plan.back().dueDate = kToday; // a date alone does not name a step
    c.obstacles.push_back({});
    c.tools.push_back({
        "",
        "  Tableau  ",
        "",
    });
    c.referrals.push_back({});
    c.adminAdvice.push_back(" ");
    const CaseFile stored = rules::storedForm(c);
    CHECK(stored.plan.size() == steps);
    CHECK(stored.obstacles.size() == c.obstacles.size() - 1);
    CHECK(stored.tools.back().label == "Tableau");
    CHECK(stored.referrals.size() == c.referrals.size() - 1);
    CHECK(stored.adminAdvice.size() == c.adminAdvice.size() - 1);

    // A stored step whose title was wiped stays, for the validation to ask for its title.
    CaseFile wiped = sampleRecord(1).caseFile;
    wiped.plan[0].title.clear();
    CHECK(rules::storedForm(wiped).plan.size() == wiped.plan.size());
}

TEST_CASE("Ids given by the store reach the rows on screen, drafts aside", "[rules]")
{
    CaseFile edited;
    edited.obstacles = {Obstacle{}, Obstacle{}, Obstacle{}};
    edited.obstacles[0].description = "Permis";
    edited.obstacles[2].description = "Garde d'enfants";
    CaseFile stored = rules::storedForm(edited);
    REQUIRE(stored.obstacles.size() == 2);
    stored.obstacles[0].id = 11;
    stored.obstacles[1].id = 12;
    stored.version = 4;
    rules::adoptStoredIds(edited, stored);
    CHECK(edited.obstacles[0].id == 11);
    CHECK(edited.obstacles[1].id == 0);
    CHECK(edited.obstacles[2].id == 12);
    CHECK(edited.version == 4);
}

TEST_CASE("A new interview starts from the last one's states", "[rules][interviews]")
{
    Interview last;
    last.heldOn = Date(2026, 10, 19);
    last.entries = {{"profile", ItemStatus::Done, "Profil complet"},
                    {"skills", ItemStatus::InProgress, "CV en cours"},
                    {"mobility", ItemStatus::NotStarted, "À voir"}};
    const FollowUpRhythm fortnightly{RhythmKind::Recurring, {2, IntervalUnit::Week}, "", "bimensuel"};
    const Interview next = rules::followingInterview(&last, 7, kToday, 1, fortnightly);
    CHECK(next.beneficiaryId == 7);
    CHECK(next.heldOn == kToday);
    CHECK(next.nextAppointment == Date(2026, 11, 16));
    REQUIRE(next.entries.size() == 2);
    CHECK(next.entries[0] == InterviewEntry{"profile", ItemStatus::Done, ""});
    CHECK(next.entries[1] == InterviewEntry{"skills", ItemStatus::InProgress, ""});
    CHECK(rules::followingInterview(nullptr, 7, kToday, 1, std::nullopt).entries.empty());
}

TEST_CASE("Moving an interview after its next appointment proposes it again", "[rules][interviews]")
{
    const FollowUpRhythm monthly{RhythmKind::Recurring, {1, IntervalUnit::Month}, "", ""};
    Interview i;
    i.heldOn = Date(2026, 11, 2);
    i.nextAppointment = Date(2026, 11, 16);
    CHECK_FALSE(rules::moveInterview(i, Date(2026, 11, 9), monthly));
    CHECK(i.nextAppointment == Date(2026, 11, 16));
    CHECK(rules::moveInterview(i, Date(2026, 11, 20), monthly));
    CHECK(i.heldOn == Date(2026, 11, 20));
    CHECK(i.nextAppointment == Date(2026, 12, 20));
    i.nextAppointment = Date(2026, 11, 1);
    CHECK(rules::moveInterview(i, Date(2026, 11, 21), std::nullopt));
    CHECK_FALSE(i.nextAppointment.has_value());
}
