#include "services/GeneratedPeriods.h"

#include "domain/PeriodRules.h"

#include <array>
#include <utility>

namespace trame::services {

namespace {

// Weights out of 100.
const std::array<std::pair<const char*, int>, 9> kProgrammes = {{{"rsa", 30},
                                                                 {"plie", 20},
                                                                 {"iae_aci", 8},
                                                                 {"iae_ai", 4},
                                                                 {"iae_ei", 4},
                                                                 {"iae_etti", 4},
                                                                 {"mission_locale_cej", 15},
                                                                 {"france_travail", 10},
                                                                 {"autre", 5}}};
const std::array<std::pair<const char*, int>, 13> kExitReasons = {{{"cdi", 12},
                                                                   {"cdd_ctt", 10},
                                                                   {"emploi_court", 12},
                                                                   {"formation", 15},
                                                                   {"creation_entreprise", 3},
                                                                   {"embauche_siae", 4},
                                                                   {"demenagement", 8},
                                                                   {"demande_du_beneficiaire", 8},
                                                                   {"non_respect_ou_abandon", 10},
                                                                   {"sante", 6},
                                                                   {"fin_duree_maximale", 5},
                                                                   {"changement_accompagnement", 5},
                                                                   {"autre", 2}}};

template <std::size_t N>
const char* weighted(const std::function<int(int, int)>& draw, const std::array<std::pair<const char*, int>, N>& list)
{
    int total = 0;
    for (const auto& [code, weight] : list)
        total += weight;
    int roll = draw(1, total);
    for (const auto& [code, weight] : list) {
        roll -= weight;
        if (roll <= 0)
            return code;
    }
    return list.back().first;
}

FseSituation situationFor(const std::string& reason)
{
    if (reason == "formation")
        return FseSituation::InTraining;
    if (reason == "sante")
        return FseSituation::Inactive;
    if (reason == "cdi" || reason == "cdd_ctt" || reason == "emploi_court" || reason == "creation_entreprise" ||
        reason == "embauche_siae")
        return FseSituation::Employed;
    return FseSituation::JobSeeking;
}

SupportPeriod opened(const std::function<int(int, int)>& draw, const std::string& referent, const Date& entry)
{
    SupportPeriod p;
    p.entryDate = entry;
    p.programme = weighted(draw, kProgrammes);
    p.referent = referent;
    p.prescriberOrganisation = draw(0, 1) ? "Conseil départemental" : "France Travail";
    p.entry.employment = draw(0, 3) ? "recherche_emploi" : "construction_projet";
    p.entry.educationLevel = std::array{"infra_3", "3", "4", "5"}[static_cast<std::size_t>(draw(0, 3))];
    return p;
}

} // namespace

std::vector<SupportPeriod> generatedPeriods(const std::function<int(int, int)>& draw, const CaseFile& caseFile,
                                            const std::string& referent, const Date& today)
{
    std::vector<SupportPeriod> periods;
    const Date start = today.addMonths(-36);
    periods.push_back(opened(draw, referent, start.addDays(draw(0, 36 * 30 - 20))));
    const int fate = draw(1, 100);
    if (fate <= 40) { // closed, and a fifth of those reopened later
        SupportPeriod& first = periods.back();
        Date exit = first.entryDate.addDays(draw(60, 900));
        if (exit > today)
            exit = today;
        const std::string reason = weighted(draw, kExitReasons);
        Bilan bilan = rules::prefilledBilan(caseFile);
        bilan.text = "Bilan de fin d’accompagnement fait avec la personne.";
        ExitReason known;
        known.code = reason;
        first = rules::close(first, {exit, reason, situationFor(reason)}, bilan, {known}).value();
        const Date again = exit.addDays(draw(30, 180));
        if (draw(1, 5) == 1 && again <= today)
            periods.push_back(opened(draw, referent, again));
    } else if (fate <= 48) { // paused; some past their expected end
        SupportPeriod& current = periods.back();
        const Date from = std::max(current.entryDate, today.addDays(-draw(5, 120)));
        current = rules::pause(current, {from, from.addDays(draw(30, 90)), std::nullopt, "Raisons de santé"}).value();
    }
    return periods;
}

} // namespace trame::services
