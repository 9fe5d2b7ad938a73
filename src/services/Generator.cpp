#include "services/Generator.h"

#include "domain/AppointmentRules.h"

#include "domain/PeriodRules.h"
#include "services/GeneratedAppointments.h"
#include "services/GeneratedPeriods.h"
#include "storage/PeriodRepository.h"

#include "services/AuditTrail.h"
#include "services/Clock.h"

#include "domain/Document.h"
#include "domain/Validation.h"
#include "services/Workspace.h"
#include "storage/AppointmentRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseFileRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/Transaction.h"

#include <array>

namespace trame::services {

namespace {

// SplitMix64: tiny, and the same numbers everywhere (std:: distributions differ between
// standard libraries).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[next() % N]; }

private:
    std::uint64_t m_state;
};

// What a counsellor would write about each kind of obstacle: generated files serve demos and
// documents, where a category's code would read as a leftover.
const char* obstacleNote(ObstacleCategory category)
{
    switch (category) {
    case ObstacleCategory::TrainingChoice: return "Hésite entre plusieurs formations, ne sait pas laquelle choisir.";
    case ObstacleCategory::Financing: return "Pas de financement trouvé pour la formation visée.";
    case ObstacleCategory::Orientation: return "Projet professionnel encore flou.";
    case ObstacleCategory::Language: return "S’exprime avec difficulté en français à l’oral.";
    case ObstacleCategory::SkillsRecognition: return "Expérience acquise à l’étranger, sans diplôme reconnu en France.";
    case ObstacleCategory::Mobility: return "Pas de permis de conduire ; peu de transports le matin.";
    case ObstacleCategory::Motivation: return "Découragé après plusieurs refus.";
    case ObstacleCategory::BasicSkills: return "Difficultés à l’écrit et en calcul.";
    case ObstacleCategory::Administrative: return "Droits à l’assurance maladie à ouvrir.";
    case ObstacleCategory::Health: return "Problème de santé qui limite le port de charges.";
    case ObstacleCategory::Housing: return "Hébergé chez un proche, sans logement stable.";
    case ObstacleCategory::Digital: return "Pas d’ordinateur ; n’utilise pas la messagerie.";
    case ObstacleCategory::FamilyConstraints: return "Enfants en bas âge, pas de mode de garde.";
    case ObstacleCategory::Confidence: return "Manque de confiance en soi en entretien.";
    case ObstacleCategory::Other: return "Frein à préciser avec la personne.";
    }
    return "";
}

const std::array<const char*, 40> kFirstNames = {
    "Hélène",   "Élodie",    "Chloé",  "Zoé",      "Léa",     "Anaïs",    "Maëlle",    "Noémie",  "Inès",    "Céline",
    "Amélie",   "Sébastien", "Jérôme", "Frédéric", "Benoît",  "François", "Loïc",      "Gaël",    "Raphaël", "Théo",
    "Joël",     "Hervé",     "Noël",   "Rémi",     "Karim",   "Moussa",   "Fatoumata", "Aïcha",   "Yasmine", "Kévin",
    "Stéphane", "Mélanie",   "Jérémy", "Océane",   "Clément", "Ophélie",  "Aurélien",  "Valérie", "Grégory", "Cécile"};
const std::array<const char*, 48> kLastNames = {
    "Martin",   "Bernard", "Dubois",  "Thomas",  "Robert",   "Richard", "Petit",    "Durand",   "Leroy",    "Moreau",
    "Simon",    "Laurent", "Lefèvre", "Michel",  "Garcia",   "David",   "Bertrand", "Roux",     "Vincent",  "Fournier",
    "Morel",    "Girard",  "André",   "Mercier", "Dupont",   "Lambert", "Bonnet",   "François", "Martinez", "Légaré",
    "Bélanger", "Côté",    "Gagné",   "Pâris",   "Chabert",  "Cissé",   "Diallo",   "Traoré",   "Nguyen",   "Benali",
    "Haddad",   "Perez",   "Lavire",  "Adam",    "Gauthier", "Hébert",  "Caron",    "Brûlé"};
const std::array<const char*, 8> kSituations = {"Souhaite se reconvertir après un licenciement économique.",
                                                "Recherche un emploi stable après plusieurs missions d'intérim.",
                                                "Sortie d'études sans diplôme, cherche une première expérience.",
                                                "Reprise d'activité après un congé parental de trois ans.",
                                                "Arrivé en France depuis peu, expérience professionnelle à l'étranger.",
                                                "Projet de formation qualifiante à sécuriser et à financer.",
                                                "Bénéficiaire du RSA, souhaite retrouver un emploi près de chez lui.",
                                                "Problèmes de santé qui imposent un changement de métier."};
const std::array<const char*, 10> kSteps = {"Rencontre avec un conseiller spécialisé",
                                            "Optimisation du CV",
                                            "Inscription à une formation",
                                            "Immersion professionnelle",
                                            "Préparation aux entretiens",
                                            "Dossier de financement",
                                            "Cours de remise à niveau",
                                            "Atelier de recherche d'emploi",
                                            "Rendez-vous avec le partenaire",
                                            "Bilan de l'action"};
const std::array<const char*, 6> kItems = {"initial_skills",      "initial_obstacles",  "skills_training_basic",
                                           "job_search_coaching", "mobility_transport", "follow_up_results"};
const std::array<const char*, 5> kPartners = {"france_travail", "mission_locale", "cpam", "afpa", "wimoov"};

BeneficiaryRecord makeRecord(Random& random, std::int64_t id, std::int64_t& nextObstacle, std::int64_t& nextStep,
                             std::int64_t& nextInterview)
{
    const Date base(2024, 1, 1);
    BeneficiaryRecord r;
    Beneficiary& b = r.person;
    b.id = id;
    b.civility = random.between(0, 1) ? Civility::Mme : Civility::M;
    b.firstName = random.pick(kFirstNames);
    b.lastName = random.pick(kLastNames);
    b.birthDate = Date(random.between(1960, 2005), static_cast<unsigned>(random.between(1, 12)),
                       static_cast<unsigned>(random.between(1, 28)));
    b.phone = "06 " + std::to_string(random.between(10, 99)) + " " + std::to_string(random.between(10, 99)) + " " +
              std::to_string(random.between(10, 99)) + " " + std::to_string(random.between(10, 99));
    b.counsellor = "conseiller" + std::to_string(random.between(1, 40));
    b.status = random.between(0, 9) == 0 ? BeneficiaryStatus::Closed : BeneficiaryStatus::Active;
    b.createdAt = b.updatedAt = Timestamp::parse("2024-01-01T09:00:00Z");
    b.consent = {base, "mission d’intérêt public", "Information donnée au premier entretien"};

    CaseFile& c = r.caseFile;
    c.beneficiaryId = id;
    c.situation = random.pick(kSituations);
    c.problemStatement = "Problématique à préciser avec la personne.";
    const auto categories = allEnumerators<ObstacleCategory>();
    for (int i = random.between(1, 4); i > 0; --i) {
        Obstacle o;
        o.id = nextObstacle++;
        o.category = categories[static_cast<size_t>(random.between(0, static_cast<int>(categories.size()) - 1))];
        o.description = obstacleNote(o.category);
        o.identifiedOn = base.addDays(random.between(0, 300));
        c.obstacles.push_back(o);
    }
    const auto statuses = allEnumerators<StepStatus>();
    for (int i = random.between(5, 15); i > 0; --i) {
        PlanStep s;
        s.id = nextStep++;
        s.title = random.pick(kSteps);
        s.dueDate = base.addDays(random.between(0, 1100));
        s.status = statuses[static_cast<size_t>(random.between(0, static_cast<int>(statuses.size()) - 1))];
        s.partner = random.between(0, 2) == 0 ? random.pick(kPartners) : "";
        s.obstacleId = c.obstacles[static_cast<size_t>(random.between(0, static_cast<int>(c.obstacles.size()) - 1))].id;
        c.plan.push_back(s);
    }
    for (int i = random.between(1, 3); i > 0; --i)
        c.indicators.push_back({"Indicateur " + std::to_string(i), "Cible à atteindre", "", std::nullopt, ""});
    c.rhythm = FollowUpRhythm{RhythmKind::Recurring, {2, IntervalUnit::Week}, "", "bimensuel"};
    c.updatedAt = b.updatedAt;

    Date held = base.addDays(random.between(0, 200));
    for (int i = random.between(0, 30); i > 0; --i) {
        Interview interview;
        interview.id = nextInterview++;
        interview.beneficiaryId = id;
        interview.heldOn = held;
        interview.templateVersion = 1;
        for (int k = random.between(1, 4); k > 0; --k) {
            const std::string key = random.pick(kItems);
            bool seen = false;
            for (const InterviewEntry& e : interview.entries)
                seen = seen || e.itemKey == key;
            if (!seen)
                interview.entries.push_back({key, ItemStatus::InProgress, "Point fait pendant l'entretien."});
        }
        interview.selfAssessment = "Je progresse.";
        held = held.addDays(random.between(10, 20));
        interview.nextAppointment = held;
        r.interviews.push_back(interview);
    }
    return r;
}

} // namespace

Result<GenerationSummary> generate(Workspace& workspace, const Clock& clock, const GeneratorOptions& options)
{
    if (options.beneficiaries < 1 || options.beneficiaries > 10'000'000)
        return makeError(ErrorKind::Invalid, "beneficiaries", "must be between 1 and 10000000");
    storage::Database& db = workspace.database();
    auto existing = storage::BeneficiaryRepository(db).count({});
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorKind::Invalid, db.path(), "already holds beneficiaries; generate fills an empty file");

    Random random(options.seed);
    GenerationSummary summary;
    std::int64_t nextObstacle = 1, nextStep = 1, nextInterview = 1;
    constexpr std::int64_t kBatch = 1000; // one transaction per thousand people
    for (std::int64_t first = 1; first <= options.beneficiaries; first += kBatch) {
        const Status batch = storage::inTransaction(db, [&]() -> Status {
            for (std::int64_t id = first; id < first + kBatch && id <= options.beneficiaries; ++id) {
                BeneficiaryRecord r = makeRecord(random, id, nextObstacle, nextStep, nextInterview);
                if (Status valid = validate(r.person, "generated"); !valid)
                    return valid;
                if (Status valid = validate(r.caseFile, "generated.case_file"); !valid)
                    return valid;
                if (auto stored = storage::BeneficiaryRepository(db).insert(r.person); !stored)
                    return stored.error();
                if (auto stored = storage::CaseFileRepository(db).insert(r.caseFile); !stored)
                    return stored.error();
                for (Interview& i : r.interviews)
                    if (auto stored = storage::InterviewRepository(db).insert(i); !stored)
                        return stored.error();
                storage::PeriodRepository periods(db);
                r.periods = generatedPeriods([&](int low, int high) { return random.between(low, high); }, r.caseFile,
                                             r.person.counsellor, clock.today());
                for (SupportPeriod& p : r.periods) {
                    p.beneficiaryId = id;
                    if (auto stored = periods.insert(p); !stored)
                        return stored.error();
                }
                const BeneficiaryStatus status = rules::statusOf(r.periods.back());
                if (Status set = periods.setBeneficiaryStatus(id, status); !set)
                    return set;
                r.appointments = generatedAppointments([&](int low, int high) { return random.between(low, high); }, id,
                                                       r.person.counsellor, status, clock.today());
                storage::AppointmentRepository appointments(db);
                for (const Appointment& a : r.appointments) {
                    if (Status valid = rules::validateAppointment(a, "generated.appointment"); !valid)
                        return valid;
                    if (auto stored = appointments.insert(a); !stored)
                        return stored.error();
                }
                summary.appointments += static_cast<std::int64_t>(r.appointments.size());
                ++summary.beneficiaries;
                summary.planSteps += static_cast<std::int64_t>(r.caseFile.plan.size());
                summary.interviews += static_cast<std::int64_t>(r.interviews.size());
            }
            // The trail says these people were made up, and by which seed: one entry a batch.
            const std::int64_t last = std::min(first + kBatch - 1, options.beneficiaries);
            return recordEvent(db, clock, std::nullopt,
                               {AuditAction::Create, "beneficiary", first,
                                "generated=" + std::to_string(first) + ".." + std::to_string(last) +
                                    " seed=" + std::to_string(options.seed)});
        });
        if (!batch)
            return batch.error();
    }
    return summary;
}

} // namespace trame::services
