// Version 8, the support periods: what both dialects share. The tables are written once per
// dialect (Schema.cpp, ServerSchema.cpp); the seeded lists and the backfill are the same SQL.
#include "storage/Migrator.h"

namespace trame::storage {

// The programmes offered at first start. The administrator adds their own; these stay, and can
// be retired. Maximum lengths: PLIE 36 months (the PLIE's own rule), PASS IAE 24 months
// (code du travail, art. L5132-1 et R5132-1-8), CEJ 12 months (décret 2022-199).
const char* periodProgrammesSql()
{
    return R"sql(
INSERT INTO programmes (code, label, max_months, source, active, position) VALUES
 ('rsa', 'RSA (orientation du Département)', NULL, 'carnet-de-bord orientation_type; rdv-insertion motif category rsa_orientation', 1, 1),
 ('plie', 'PLIE', 36, 'PLIE: définition des financeurs, 36 mois au plus', 1, 2),
 ('iae_aci', 'IAE – Atelier et chantier d''insertion (ACI)', 24, 'les-emplois (itou) kind ACI; data·inclusion reseaux_porteurs aci', 1, 3),
 ('iae_ai', 'IAE – Association intermédiaire (AI)', 24, 'les-emplois (itou) kind AI; data·inclusion reseaux_porteurs ai', 1, 4),
 ('iae_ei', 'IAE – Entreprise d''insertion (EI)', 24, 'les-emplois (itou) kind EI; data·inclusion reseaux_porteurs ei', 1, 5),
 ('iae_etti', 'IAE – Entreprise de travail temporaire d''insertion (ETTI)', 24, 'les-emplois (itou) kind ETTI; data·inclusion reseaux_porteurs etti', 1, 6),
 ('mission_locale_cej', 'Mission Locale / CEJ', 12, 'pass-emploi structure MILO; carnet-de-bord keys.ts cej', 1, 7),
 ('france_travail', 'France Travail', NULL, 'data·inclusion reseaux_porteurs france-travail', 1, 8),
 ('autre', 'Autre', NULL, '', 1, 9);
)sql";
}

// The exit reasons, from pass-emploi's MotifSuppression (archive-jeune.ts) where it has one, each
// mapped onto the categories funders count: IAE (sorties dynamiques), PLIE (sortie positive: six
// months of work at least half-time, or a qualifying training) and the FSE+ result on leaving.
const char* periodExitReasonsSql()
{
    return R"sql(
INSERT INTO exit_reasons (code, label, iae_category, plie_positive, fse_situation, source, active, position) VALUES
 ('cdi', 'CDI', 'emploi_durable', 1, 'en_emploi', 'pass-emploi MotifSuppression CDI', 1, 1),
 ('cdd_ctt', 'CDD ou intérim de 6 mois et plus', 'emploi_durable', 1, 'en_emploi', 'pass-emploi MotifSuppression CDD_CTT', 1, 2),
 ('emploi_durable', 'Emploi durable (plus de 6 mois)', 'emploi_durable', 1, 'en_emploi', 'pass-emploi MotifSuppression EMPLOI_DURABLE', 1, 3),
 ('creation_entreprise', 'Création d''entreprise', 'emploi_durable', 1, 'en_emploi', 'pass-emploi MotifSuppression CREATION_ENTREPRISE', 1, 4),
 ('emploi_court', 'Emploi court (moins de 6 mois)', 'emploi_transition', 0, 'en_emploi', 'pass-emploi MotifSuppression EMPLOI_COURT', 1, 5),
 ('formation', 'Formation qualifiante ou pré-qualifiante', 'sortie_positive', 1, 'en_formation', 'pass-emploi MotifSuppression FORMATION', 1, 6),
 ('embauche_siae', 'Embauche dans une autre SIAE', 'sortie_positive', 0, 'en_emploi', 'IAE: définition des sorties positives (DGEFP)', 1, 7),
 ('service_civique', 'Service civique', 'autre_sortie', 0, 'inactif', 'pass-emploi MotifSuppression SERVICE_CIVIQUE', 1, 8),
 ('esat', 'Entrée en ESAT', 'autre_sortie', 0, 'inactif', 'pass-emploi MotifSuppression ESAT', 1, 9),
 ('contrat_arrive_a_echeance', 'Contrat arrivé à échéance', 'autre_sortie', 0, 'en_recherche', 'pass-emploi MotifSuppression CONTRAT_ARRIVE_A_ECHEANCE', 1, 10),
 ('fin_duree_maximale', 'Fin de la durée maximale du dispositif', 'autre_sortie', 0, 'en_recherche', 'PLIE: définition des financeurs, autres sorties (fin des 36 mois)', 1, 11),
 ('changement_accompagnement', 'Changement d''accompagnement (autre dispositif)', 'autre_sortie', 0, 'en_recherche', 'pass-emploi MotifSuppression CHANGEMENT_ACCOMPAGNEMENT', 1, 12),
 ('demande_du_beneficiaire', 'Sortie à la demande de la personne', 'autre_sortie', 0, 'en_recherche', 'pass-emploi MotifSuppression DEMANDE_DU_BENEFICIAIRE_BRSA', 1, 13),
 ('non_respect_ou_abandon', 'Non-respect des engagements ou abandon', 'autre_sortie', 0, 'en_recherche', 'pass-emploi MotifSuppression NON_RESPECT_OU_ABANDON', 1, 14),
 ('sante', 'Raisons de santé', 'autre_sortie', 0, 'inactif', 'PLIE: définition des financeurs, autres sorties (santé)', 1, 15),
 ('demenagement', 'Déménagement', 'autre_sortie', 0, 'en_recherche', 'pass-emploi MotifSuppression DEMENAGEMENT', 1, 16),
 ('limite_age', 'Limite d''âge atteinte, retraite', 'autre_sortie', 0, 'inactif', 'pass-emploi MotifSuppression LIMITE_AGE', 1, 17),
 ('autre', 'Autre', 'autre_sortie', 0, 'en_recherche', 'pass-emploi MotifSuppression AUTRE', 1, 18);
)sql";
}

// Every person already followed gets one period from the day they were created, with their
// counsellor as referent; a person already closed gets a closed period whose bilan says so.
// A person paused gets a pause from their last change.
const char* periodBackfillSql()
{
    return R"sql(
INSERT INTO support_periods (beneficiary_id, entry_date, programme, referent, exit_date, exit_reason, exit_situation, bilan)
SELECT id, substr(created_at, 1, 10), 'autre', counsellor,
       CASE WHEN status = 'closed' THEN substr(updated_at, 1, 10) END,
       CASE WHEN status = 'closed' THEN 'autre' END,
       CASE WHEN status = 'closed' THEN 'en_recherche' END,
       CASE WHEN status = 'closed' THEN '{"obstacles":[],"indicators":[],"steps":[],"text":"Suivi clos avant que Trame ne tienne les périodes d''accompagnement."}' END
FROM beneficiaries ORDER BY id;
INSERT INTO period_pauses (period_id, position, from_date, reason)
SELECT p.id, 0, substr(b.updated_at, 1, 10), 'Suspension enregistrée avant les périodes d''accompagnement'
FROM support_periods p JOIN beneficiaries b ON b.id = p.beneficiary_id WHERE b.status = 'paused' ORDER BY p.id;
)sql";
}

} // namespace trame::storage
