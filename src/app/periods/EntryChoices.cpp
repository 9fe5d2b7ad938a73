#include "periods/EntryChoices.h"

#include "common/Conversions.h"

// Work situation: carnet-de-bord's keys (gip-inclusion/carnet-de-bord, app/src/lib/constants/keys.ts).
QVector<EntryChoices::Choice> EntryChoices::employment()
{
    return {{"recherche_emploi", tr("Looking for work")},
            {"recherche_formation", tr("Looking for a training")},
            {"construction_projet", tr("Building a project")},
            {"projet_entrepreneurial", tr("Business project")},
            {"emploi", tr("In employment")},
            {"interim", tr("Temporary work")},
            {"iae", tr("In an IAE structure")},
            {"formation", tr("In training")},
            {"maladie", tr("Long illness")},
            {"invalidite", tr("Unfit for work")},
            {"conge_parental", tr("Parental leave")},
            {"au_foyer", tr("At home")},
            {"autre", tr("Other")}};
}

// Durations of the ASP's AllocationDuration (itou, asp/models.py): under 6, 6–11, 12–23, 24 months and more.
QVector<EntryChoices::Choice> EntryChoices::timeWithoutWork()
{
    return {{"moins_6_mois", tr("Under 6 months")},
            {"6_11_mois", tr("6 to 11 months")},
            {"12_23_mois", tr("12 to 23 months")},
            {"24_mois_plus", tr("24 months or more")},
            {"jamais_travaille", tr("Never worked")}};
}

// The French levels of qualification (2019 nomenclature) that the ASP uses, with the ISCED group
// FSE+ counts them in (0-2, 3-4, 5-8).
QVector<EntryChoices::Choice> EntryChoices::educationLevels()
{
    return {{"infra_3", tr("Below level 3: no diploma, brevet (ISCED 0-2)")},
            {"3", tr("Level 3: CAP, BEP (ISCED 3-4)")},
            {"4", tr("Level 4: baccalauréat (ISCED 3-4)")},
            {"5", tr("Level 5: bac + 2, BTS, DUT (ISCED 5-8)")},
            {"6", tr("Level 6: licence, bac + 3 or 4 (ISCED 5-8)")},
            {"7", tr("Level 7: master, bac + 5 (ISCED 5-8)")},
            {"8", tr("Level 8: doctorate (ISCED 5-8)")}};
}

// The flags FSE+ operations may ask for (docs/security.md says why each is sensitive).
QVector<EntryChoices::Choice> EntryChoices::participantFlags()
{
    return {{"rqth", tr("Recognised disability (RQTH)")},
            {"qpv", tr("Lives in a priority neighbourhood (QPV)")},
            {"foyer_un_adulte", tr("Single-adult household")},
            {"sans_domicile", tr("Homeless or badly housed")},
            {"pays_tiers", tr("Third-country national")}};
}

QString EntryChoices::labelOf(const QVector<Choice>& choices, const std::string& code)
{
    for (const Choice& c : choices)
        if (c.code == code)
            return c.label;
    return qs(code);
}
