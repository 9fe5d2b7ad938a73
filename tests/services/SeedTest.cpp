// The guide's six cases, checked against the guide itself (April 2005): counts, order, key terms.
#include "services/Seed.h"

#include "domain/Document.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/ReferenceRepository.h"
#include "support/DbDump.h"
#include "support/Samples.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace trame;

namespace {
const ReferenceContent& seed()
{
    static const Result<ReferenceContent> content = services::builtInReferences();
    REQUIRE(content.ok());
    return *content;
}

struct Expected {
    int number;
    std::size_t attitude, tools, referrals, plan, indicators;
    const char* firstStep;
    const char* lastStep;
    std::vector<const char*> terms;
};

const std::vector<Expected> kGuide = {
    {1,
     3,
     3,
     1,
     3,
     3,
     "Planifier une immersion via Immersion Facile.",
     "Organiser un rendez-vous de suivi un mois après l'immersion pour prendre une décision éclairée.",
     {"gardienne d'immeuble", "Immersion Facile", "tableau comparatif", "CAP conventionné", "1300 €",
      "Si je comprends bien", "Validation de l'immersion"}},
    {2,
     3,
     6,
     2,
     4,
     2,
     "Utiliser un outil de mind mapping pour trier ses passions.",
     "Identifier des secteurs d'activité pertinents et mettre en place un suivi trimestriel.",
     {"Sciences Po", "Bilan de compétences", "Activ Projet", "MOOC France Travail", "Webinaire linkedIn",
      "Qu'est-ce qui vous attire le plus", "Définition claire des priorités"}},
    {3,
     5,
     7,
     5,
     7,
     0,
     "Visite à la Mission Locale",
     "Intégration dans des groupes associatifs et échanges sociaux",
     {"23 ans", "7 mois", "Duolingo", "CPAM", "PUMA", "CMU-C", "CléA", "Afpa", "Greta", "Cnam", "VAE",
      "service civique", "Meetup", "bimensuels"}},
    {4,
     3,
     4,
     4,
     4,
     0,
     "Rencontre avec un conseiller spécialisé",
     "Suivi des démarches de financement",
     {"CAP Électricien", "RSA", "Wimoov", "MDSI", "Conseil Départemental", "permis AM", "IAE", "covoiturage",
      "principal frein à vos candidatures"}},
    {5,
     3,
     4,
     2,
     5,
     0,
     "Rencontre avec un conseiller spécialisé",
     "Suivi régulier",
     {"brevet des collèges", "CAP Petite Enfance", "VAE", "5 ans d'expérience", "aide aux devoirs", "gestion du budget",
      "trimestriels"}},
    {6,
     3,
     4,
     1,
     5,
     0,
     "Rencontre individuelle avec un conseiller",
     "Orientation vers des stages ou missions d'insertion",
     {"conducteur de bus", "mathématiques et français", "Khan Academy", "Coursera", "cahiers de vacances", "CléA",
      "bimensuels"}},
};

std::vector<std::string> allKeys(const std::vector<TemplateItem>& items)
{
    std::vector<std::string> keys;
    for (const TemplateItem& item : items) {
        keys.push_back(item.label);
        for (const std::string& child : allKeys(item.children))
            keys.push_back(child);
    }
    return keys;
}
} // namespace

TEST_CASE("The seed holds the guide's six cases in order", "[seed]")
{
    REQUIRE(seed().cases.size() == 6);
    for (std::size_t i = 0; i < 6; ++i)
        CHECK(seed().cases[i].number == static_cast<int>(i + 1));
    CHECK(seed().seedVersion >= 1);
}

TEST_CASE("Each case has the guide's items, in the guide's order, with its key terms", "[seed]")
{
    for (const Expected& expected : kGuide) {
        INFO("case " << expected.number);
        const ReferenceCase& c = seed().cases.at(static_cast<std::size_t>(expected.number - 1));
        CHECK(c.content.attitude.size() == expected.attitude);
        CHECK(c.content.tools.size() == expected.tools);
        CHECK(c.content.referrals.size() == expected.referrals);
        CHECK(c.content.plan.size() == expected.plan);
        CHECK(c.content.indicators.size() == expected.indicators);
        CHECK(c.content.plan.front().title == expected.firstStep);
        CHECK(c.content.plan.back().title == expected.lastStep);
        CHECK_FALSE(c.content.problemStatement.empty());
        const std::string text = serializeReferenceCase(c);
        for (const char* term : expected.terms) {
            INFO("term " << term);
            CHECK(text.find(term) != std::string::npos);
        }
        if (expected.indicators == 0)
            CHECK_THAT(c.indicatorsNote, Catch::Contains("ne donne pas d'indicateur"));
        CHECK(c.content.rhythm.has_value());
        CHECK_FALSE(c.content.obstacles.empty());
    }
}

TEST_CASE("Problem statements are the guide's, word for word", "[seed]")
{
    CHECK(seed().cases[0].content.problemStatement ==
          "Manque de sécurisation dans le choix de formation et de financement.");
    CHECK(seed().cases[3].content.problemStatement ==
          "Frein à la mobilité : absence du permis, avec difficulté de financement et nécessité d'explorer "
          "des alternatives adaptées.");
    CHECK(seed().cases[5].content.problemStatement == "Démotivation due aux faibles résultats aux tests écrits.");
}

TEST_CASE("Rhythms are explicit intervals", "[seed]")
{
    const auto& cases = seed().cases;
    CHECK((cases[0].content.rhythm->kind == RhythmKind::OnceAfter));
    CHECK((cases[0].content.rhythm->interval == Interval{1, IntervalUnit::Month}));
    CHECK(cases[0].content.rhythm->afterEvent == "l'immersion");
    CHECK((cases[1].content.rhythm->interval == Interval{3, IntervalUnit::Month}));
    for (int i : {2, 3, 5})
        CHECK((cases[static_cast<std::size_t>(i)].content.rhythm->interval == Interval{2, IntervalUnit::Week}));
    CHECK((cases[4].content.rhythm->interval == Interval{3, IntervalUnit::Month}));
}

TEST_CASE("Case 4's obstacles are mobility and financing", "[seed]")
{
    const auto& obstacles = seed().cases[3].content.obstacles;
    REQUIRE(obstacles.size() == 2);
    CHECK(obstacles[0].category == ObstacleCategory::Mobility);
    CHECK(obstacles[1].category == ObstacleCategory::Financing);
}

TEST_CASE("The guide's typos are kept beside the corrected titles", "[seed]")
{
    CHECK(seed().cases[0].title == "Gardienne d'immeuble");
    CHECK(seed().cases[0].titleInGuide == "Gardiennne d'immeuble");
    CHECK(seed().cases[1].titleInGuide == "Orientation professionnelle");
    CHECK_FALSE(seed().cases[2].notes.empty()); // case 3 has no heading of its own
}

TEST_CASE("The Annexe 1 template has every item of the guide", "[seed][template]")
{
    REQUIRE(seed().templates.size() == 1);
    const InterviewTemplate& t = seed().templates[0];
    CHECK(t.version == 1);
    const std::vector<std::string> labels = allKeys(t.items);
    const char* const annexe[] = {"Analyse des compétences actuelles",
                                  "Identification des obstacles et des besoins spécifiques",
                                  "A. Renforcement des compétences",
                                  "Formations",
                                  "Formations de base",
                                  "Formations spécifiques",
                                  "Ateliers et stages",
                                  "Ateliers pratiques",
                                  "Stages d'insertion",
                                  "B. Recherche d'emploi",
                                  "Accompagnement personnalisé",
                                  "Coaching individuel",
                                  "Simulations d'entretien",
                                  "Réseautage et candidatures",
                                  "Élargissement du réseau",
                                  "Suivi des candidatures",
                                  "C. Mobilité et logistique",
                                  "Exemples de solutions proposées",
                                  "Alternatives de transport",
                                  "Aides financières pour mobilité",
                                  "D. Soutien personnel et psychologique",
                                  "Exemple de recommandation d'accompagnement",
                                  "Groupes de parole",
                                  "Accompagnement psychologique individuel",
                                  "3. Suivi régulier et évaluation",
                                  "Entretiens de suivi",
                                  "Fréquence des rendez-vous",
                                  "Évaluation des résultats",
                                  "Rapports de suivi",
                                  "Documentation des progrès",
                                  "Feedback régulier"};
    for (const char* label : annexe) {
        INFO(label);
        CHECK(std::find(labels.begin(), labels.end(), label) != labels.end());
    }
    CHECK(t.find("mobility_transport") != nullptr);
    CHECK(t.find("support_individual")->label == "Accompagnement psychologique individuel");
}

TEST_CASE("The catalogue covers the guide's tools, partners and techniques", "[seed][catalogue]")
{
    std::map<CatalogueKind, std::set<std::string>> keys;
    for (const CatalogueEntry& e : seed().catalogue)
        keys[e.kind].insert(e.key);
    for (const char* tool :
         {"immersion_facile", "pmsmp", "cap", "bilan_competences", "activ_projet", "mooc_webinaires", "mind_mapping",
          "fle", "clea", "habilitations_electriques", "vae", "service_civique", "chantier_insertion", "permis_am",
          "covoiturage", "iae", "remise_a_niveau", "ateliers_simulation"})
        CHECK(keys[CatalogueKind::Tool].count(tool));
    for (const char* partner : {"mission_locale", "cpam", "france_travail", "wimoov", "mdsi", "conseil_departemental",
                                "afpa", "greta", "cnam", "centre_vae"})
        CHECK(keys[CatalogueKind::Partner].count(partner));
    for (const char* technique : {"ecoute_active", "reformulation", "absence_jugement", "valorisation",
                                  "encouragement_initiative", "auto_evaluation"})
        CHECK(keys[CatalogueKind::Technique].count(technique));
    CHECK(keys[CatalogueKind::ObstacleCategory].size() == allEnumerators<ObstacleCategory>().size());
}

TEST_CASE("Seeding is idempotent", "[seed]")
{
    TempDir dir;
    const std::string path = dir.file("s.sqlite");
    REQUIRE(services::Workspace::open(path).ok());
    const std::string first = dumpDatabase(path);
    REQUIRE(services::Workspace::open(path).ok());
    CHECK(dumpDatabase(path) == first);
}

TEST_CASE("A newer seed updates the references and nothing else", "[seed]")
{
    TempDir dir;
    const std::string path = dir.file("s.sqlite");
    {
        auto workspace = services::Workspace::open(path);
        REQUIRE(workspace.ok());
        storage::Database& db = (*workspace)->database();
        REQUIRE(storage::BeneficiaryRepository(db).insert(sampleRecord(1).person).ok());
        // Pretend the file holds an older, wrong seed.
        ReferenceContent old = seed();
        old.seedVersion = 0;
        old.cases[0].title = "Ancien titre";
        REQUIRE(storage::ReferenceRepository(db).replace(old).ok());
    }
    const std::set<std::string> references = {"reference_cases", "catalogue_entries", "templates", "meta"};
    const std::string personal = dumpDatabase(path, references);
    auto workspace = services::Workspace::open(path);
    REQUIRE(workspace.ok());
    const auto stored = storage::ReferenceRepository((*workspace)->database()).load();
    CHECK(stored->cases[0].title == "Gardienne d'immeuble");
    CHECK(stored->seedVersion == seed().seedVersion);
    CHECK(dumpDatabase(path, references) == personal);
}
