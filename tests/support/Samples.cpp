#include "support/Samples.h"

using namespace trame;

BeneficiaryRecord sampleRecord(std::int64_t id, const std::string& lastName)
{
    BeneficiaryRecord r;
    Beneficiary& b = r.person;
    b.id = id;
    b.civility = Civility::Mme;
    b.firstName = "Hélène";
    b.lastName = lastName;
    b.birthDate = Date(1979, 4, 12);
    b.phone = "06 12 34 56 78";
    b.email = "helene@example.org";
    b.address = "3 rue des Lilas\n69000 Lyon";
    b.qualifications = "Brevet des collèges";
    b.experience = "Agent d'entretien, 6 ans";
    b.languages = {"français", "espagnol"};
    b.resources = {"RSA"};
    b.consent = {Date(2026, 9, 1), "mission de service public", "Finalités et durée de conservation expliquées"};
    b.counsellor = "cmartin";
    b.status = BeneficiaryStatus::Active;
    b.createdAt = Timestamp::parse("2026-09-01T09:00:00Z");
    b.updatedAt = Timestamp::parse("2026-09-15T10:30:00Z");

    CaseFile& c = r.caseFile;
    c.beneficiaryId = id;
    c.problemStatement = "Manque de sécurisation dans le choix de formation et de financement.";
    c.situation = "Souhaite devenir gardienne d'immeuble.";
    c.obstacles = {{id * 100 + 1, ObstacleCategory::TrainingChoice, "Hésite entre CAP et formation courte",
                    ObstacleStatus::BeingAddressed, Date(2026, 9, 1), std::nullopt},
                   {id * 100 + 2, ObstacleCategory::Financing, "Coût de la formation courte", ObstacleStatus::Lifted,
                    Date(2026, 9, 1), Date(2026, 9, 20)}};
    c.attitude = {{"active_listening", "Écoute active", "Laisser s'exprimer librement",
                   "« Si je comprends bien, vous souhaitez… »"}};
    c.tools = {{"immersion_facile", "Immersion professionnelle", "Une semaine d'immersion"},
               {"", "Tableau comparatif", "CAP contre formation courte"}};
    c.referrals = {{"france_travail", "", "Financement de la formation", ReferralStatus::Contacted}};
    c.plan = {{id * 100 + 1, "Planifier une immersion", "Via Immersion Facile", Date(2026, 10, 1), StepStatus::Done, "",
               "", id * 100 + 1},
              {id * 100 + 2, "Comparer les deux formations", "", Date(2026, 10, 15), StepStatus::InProgress, "", "",
               std::nullopt}};
    c.indicators = {{"Validation de l'immersion", "Immersion réalisée", "Réalisée", Date(2026, 10, 10), "Attestation"}};
    c.adminAdvice = {"Vérifier les droits à la formation"};
    c.rhythm = FollowUpRhythm{RhythmKind::Recurring, {2, IntervalUnit::Week}, "", "bimensuel"};
    c.reviewState = ReviewState::Draft;
    c.updatedAt = Timestamp::parse("2026-09-15T10:30:00Z");

    Interview i;
    i.id = id * 100 + 1;
    i.beneficiaryId = id;
    i.heldOn = Date(2026, 9, 15);
    i.templateVersion = 1;
    i.entries = {{"initial_skills", ItemStatus::Done, "Compétences d'entretien confirmées"},
                 {"mobility_transport", ItemStatus::NotApplicable, ""}};
    i.selfAssessment = "Je me sens plus sûre de mon choix.";
    i.nextAppointment = Date(2026, 9, 29);
    r.interviews = {i};
    // The period the person is followed in, as an export writes it back.
    SupportPeriod period;
    period.beneficiaryId = id;
    period.entryDate = Date(2026, 9, 1);
    period.programme = "rsa";
    period.prescriberOrganisation = "Conseil départemental";
    period.referent = "cmartin";
    period.entry.employment = "recherche_emploi";
    period.entry.resources = {"RSA"};
    r.periods = {period};
    return r;
}

InterviewTemplate sampleTemplate()
{
    InterviewTemplate t;
    t.version = 1;
    t.title = "Trame de suivi";
    t.items = {{"initial", "Évaluation initiale", {{"initial_skills", "Analyse des compétences actuelles", {}}}},
               {"mobility", "Mobilité", {{"mobility_transport", "Alternatives de transport", {}}}}};
    return t;
}
