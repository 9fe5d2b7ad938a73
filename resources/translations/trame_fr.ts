<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trame</source>
        <translation>À propos de Trame</translation>
    </message>
    <message>
        <source>Trame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Case files for job-integration counsellors, following the good-practice guide's frame: situation, attitude, methods and tools, action plan, indicators.</source>
        <translation>Dossiers d'accompagnement pour les conseillers en insertion professionnelle, selon la trame du guide de bonnes pratiques : situation, attitude, méthodes et outils, plan d'action, indicateurs.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Trame: case files for job-integration counsellors.</source>
        <translation>Trame : dossiers d'accompagnement pour les conseillers en insertion professionnelle.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>Ouvrir le fichier de base de données &lt;chemin&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Language of the interface: fr (default) or en.</source>
        <translation>Langue de l'interface : fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown language '%1': use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
</context>
<context>
    <name>AttitudePage</name>
    <message>
        <source>The posture to adopt with this person: listen actively, reformulate, do not judge, value what they have achieved, encourage initiative and self-assessment. Note for each technique how to apply it and a phrase to say.</source>
        <translation>La posture à adopter avec cette personne : écoute active, reformulation, absence de jugement, valorisation de ses acquis, encouragement à l'initiative et à l'auto-évaluation. Notez pour chaque technique comment l'appliquer et une phrase à dire.</translation>
    </message>
    <message>
        <source>&amp;Posture</source>
        <translation>&amp;Posture</translation>
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>&amp;New beneficiary…</source>
        <translation>&amp;Nouveau bénéficiaire…</translation>
    </message>
    <message>
        <source>Create a beneficiary and their case file (Ctrl+N)</source>
        <translation>Créer un bénéficiaire et son dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Name, situation or obstacle; accents not needed</source>
        <translation>Nom, situation ou frein ; accents facultatifs</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>O&amp;bstacle:</source>
        <translation>&amp;Frein :</translation>
    </message>
    <message>
        <source>Obstacle filter</source>
        <translation>Filtre de frein</translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Suivi en &amp;retard</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiary(ies)</source>
        <translation>
            <numerusform>%Ln bénéficiaire</numerusform>
            <numerusform>%Ln bénéficiaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryListModel</name>
    <message>
        <source>Follow-up overdue: a step or an appointment is past its date</source>
        <translation>Suivi en retard : une étape ou un rendez-vous a dépassé sa date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
</context>
<context>
    <name>CaseFileModels</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>obstacle</source>
        <translation>un frein</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>Nouveau frein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Identifié le</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levé le</translation>
    </message>
    <message>
        <source>attitude item</source>
        <translation>un élément de posture</translation>
    </message>
    <message>
        <source>Active listening</source>
        <translation>Écoute active</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Example phrase</source>
        <translation>Exemple de phrase</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>un outil</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nouvel outil</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Tool or method</source>
        <translation>Outil ou méthode</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>une orientation</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>plan step</source>
        <translation>une étape</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Obstacle addressed</source>
        <translation>Frein traité</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>un indicateur</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>administrative advice</source>
        <translation>un conseil administratif</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>Nouveau conseil</translation>
    </message>
    <message>
        <source>Administrative advice</source>
        <translation>Conseil administratif</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>&lt; &amp;Back to the list</source>
        <translation>&lt; &amp;Retour à la liste</translation>
    </message>
    <message>
        <source>Back to the list of beneficiaries (Alt+Left)</source>
        <translation>Retour à la liste des bénéficiaires (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Sections of the case file</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>&amp;1 Situation</source>
        <translation>&amp;1 Situation</translation>
    </message>
    <message>
        <source>&amp;2 Attitude</source>
        <translation>&amp;2 Attitude</translation>
    </message>
    <message>
        <source>&amp;3 Methods and tools</source>
        <translation>&amp;3 Méthodes et outils</translation>
    </message>
    <message>
        <source>&amp;4 Action plan</source>
        <translation>&amp;4 Plan d'action</translation>
    </message>
    <message>
        <source>&amp;5 Indicators</source>
        <translation>&amp;5 Indicateurs</translation>
    </message>
    <message>
        <source>&amp;6 Follow-up (Annexe 1)</source>
        <translation>&amp;6 Suivi (Annexe 1)</translation>
    </message>
    <message>
        <source>What the guide advises</source>
        <translation>Ce que le guide conseille</translation>
    </message>
    <message>
        <source>Saved elsewhere meanwhile</source>
        <translation>Enregistré ailleurs entre-temps</translation>
    </message>
    <message>
        <source>This case file was changed on another workstation while you were editing it. Which version do you want to keep?</source>
        <translation>Ce dossier a été modifié sur un autre poste pendant que vous le modifiiez. Quelle version voulez-vous garder ?</translation>
    </message>
    <message>
        <source>Keep &amp;mine (replace theirs)</source>
        <translation>Garder la &amp;mienne (remplacer l'autre)</translation>
    </message>
    <message>
        <source>Take &amp;theirs (drop my changes)</source>
        <translation>Prendre l'&amp;autre (abandonner mes modifications)</translation>
    </message>
    <message>
        <source>Case %1 – %2 (%3)</source>
        <translation>Cas %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Problem statement: %1</source>
        <translation>Problématique : %1</translation>
    </message>
    <message>
        <source>Obstacles: %1 open of %2</source>
        <translation>Freins : %1 ouvert(s) sur %2</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Relecture : %1</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Prochain rendez-vous : %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A value is not accepted.</source>
        <translation>Une valeur n'est pas acceptée.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>L'enregistrement n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile.</source>
        <translation>Quelqu'un d'autre a enregistré cet élément entre-temps.</translation>
    </message>
    <message>
        <source>The database is in use by another program; try again in a moment.</source>
        <translation>La base de données est utilisée par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Le fichier de la base de données est endommagé.</translation>
    </message>
    <message>
        <source>The database file was written by a newer version of Trame.</source>
        <translation>Le fichier de la base de données a été écrit par une version plus récente de Trame.</translation>
    </message>
    <message>
        <source>The file cannot be written (full disk, read-only file or folder?).</source>
        <translation>Le fichier ne peut pas être écrit (disque plein, fichier ou dossier en lecture seule ?).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n'êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up &amp;rhythm</source>
        <translation>&amp;Rythme de suivi</translation>
    </message>
    <message>
        <source>Kind of rhythm</source>
        <translation>Type de rythme</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Unit of the interval</source>
        <translation>Unité de l'intervalle</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>après :</translation>
    </message>
    <message>
        <source>Event the follow-up comes after</source>
        <translation>Événement après lequel a lieu le suivi</translation>
    </message>
    <message>
        <source>the immersion</source>
        <translation>l'immersion</translation>
    </message>
    <message>
        <source>In &amp;words:</source>
        <translation>En &amp;mots :</translation>
    </message>
    <message>
        <source>Rhythm in words</source>
        <translation>Rythme en mots</translation>
    </message>
    <message>
        <source>fortnightly</source>
        <translation>bimensuel</translation>
    </message>
    <message>
        <source>I&amp;nterviews:</source>
        <translation>E&amp;ntretiens :</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>New &amp;interview</source>
        <translation>Nouvel &amp;entretien</translation>
    </message>
    <message>
        <source>every</source>
        <translation>tous les</translation>
    </message>
    <message>
        <source>once,</source>
        <translation>une fois,</translation>
    </message>
    <message>
        <source>Change the follow-up rhythm</source>
        <translation>Modifier le rythme de suivi</translation>
    </message>
    <message>
        <source>Interview of %1</source>
        <translation>Entretien du %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>prochain : %1</translation>
    </message>
</context>
<context>
    <name>GuideAdvice</name>
    <message>
        <source>What the guide advises</source>
        <translation>Ce que le guide conseille</translation>
    </message>
    <message>
        <source>Name the obstacles (freins) the situation shows, with their category, so that the plan can address each of them.</source>
        <translation>Nommer les freins que montre la situation, avec leur catégorie, pour que le plan d'action traite chacun d'eux.</translation>
    </message>
    <message>
        <source>The posture: active listening, empathy, no judgement, reformulation, encouraging initiative and self-assessment.</source>
        <translation>La posture : écoute active, empathie, absence de jugement, reformulation, encouragement à l'initiative et auto-évaluation.</translation>
    </message>
    <message>
        <source>The tools and methods to progress, and the external partners to mobilise for complementary support.</source>
        <translation>Les outils et méthodes pour progresser, et les partenaires externes à mobiliser pour un soutien complémentaire.</translation>
    </message>
    <message>
        <source>The solution agreed with the beneficiary and a detailed chronological action plan, each step concrete and dated.</source>
        <translation>La solution retenue avec le bénéficiaire et un plan d'action chronologique détaillé, chaque étape concrète et datée.</translation>
    </message>
    <message>
        <source>The guide gives no administrative advice for this case.</source>
        <translation>Le guide ne donne pas de conseil administratif pour ce cas.</translation>
    </message>
    <message>
        <source>Success indicators and evaluation criteria, to measure the impact of the support.</source>
        <translation>Les indicateurs de succès et les critères d'évaluation, pour mesurer l'impact de l'accompagnement.</translation>
    </message>
    <message>
        <source>Regular follow-up, with the Annexe 1 template filled in at each interview and the beneficiary's own self-assessment.</source>
        <translation>Un suivi régulier, avec la trame de l'Annexe 1 remplie à chaque entretien et l'auto-évaluation du bénéficiaire.</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Notes on the guide's text</source>
        <translation>Remarques sur le texte du guide</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Success indicators and evaluation criteria, to measure the impact of the support.</source>
        <translation>Les indicateurs de succès et les critères d'évaluation, pour mesurer l'impact de l'accompagnement.</translation>
    </message>
    <message>
        <source>Success &amp;indicators</source>
        <translation>&amp;Indicateurs de succès</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>Interview &amp;date:</source>
        <translation>&amp;Date de l'entretien :</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l'entretien</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>&amp;Prochain rendez-vous :</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>P&amp;ropose from the rhythm</source>
        <translation>Pr&amp;oposer selon le rythme</translation>
    </message>
    <message>
        <source>Follow-up template (Annexe 1): a status and a note for each &amp;item</source>
        <translation>Trame de suivi (Annexe 1) : un état et une note pour chaque &amp;élément</translation>
    </message>
    <message>
        <source>Follow-up template items</source>
        <translation>Éléments de la trame de suivi</translation>
    </message>
    <message>
        <source>The beneficiary's &amp;self-assessment, in their own words:</source>
        <translation>L'&amp;auto-évaluation du bénéficiaire, avec ses propres mots :</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>InterviewTemplateModel</name>
    <message>
        <source>Item of the follow-up template</source>
        <translation>Élément de la trame de suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Training choice</source>
        <translation>Choix de formation</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Orientation, indecision</source>
        <translation>Orientation, indécision</translation>
    </message>
    <message>
        <source>French language</source>
        <translation>Maîtrise du français</translation>
    </message>
    <message>
        <source>Recognition of skills</source>
        <translation>Reconnaissance des compétences</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Compétences de base</translation>
    </message>
    <message>
        <source>Administrative steps</source>
        <translation>Démarches administratives</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Family constraints</source>
        <translation>Contraintes familiales</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Confiance en soi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Being addressed</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Abandoned by the person</source>
        <translation>Abandonnée par la personne</translation>
    </message>
    <message>
        <source>Cancelled by the structure</source>
        <translation>Annulée par la structure</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Soumis à relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Ctrl+Ins)</source>
        <translation>Ajouter un élément après celui sélectionné (Ctrl+Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item (Ctrl+Del)</source>
        <translation>Supprimer l'élément sélectionné (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Shift+Up)</source>
        <translation>Monter l'élément sélectionné (Ctrl+Maj+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Shift+Down)</source>
        <translation>Descendre l'élément sélectionné (Ctrl+Maj+Bas)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Reference cases</source>
        <translation>Cas de référence</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Case files submitted by counsellors for a supervisor's review.</source>
        <translation>Les dossiers soumis par les conseillers à la relecture d'un superviseur.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries</source>
        <translation>&amp;Bénéficiaires</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Reference cases</source>
        <translation>&amp;Cas de référence</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;About Trame</source>
        <translation>À &amp;propos de Trame</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <source>&amp;New beneficiary…</source>
        <translation>&amp;Nouveau bénéficiaire…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Find a beneficiary</source>
        <translation>&amp;Chercher un bénéficiaire</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The last changes to this case file could not be saved. They are lost.</source>
        <translation>Les dernières modifications de ce dossier n'ont pas pu être enregistrées. Elles sont perdues.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>NOT SAVED: %1</source>
        <translation>NON ENREGISTRÉ : %1</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation>Les dernières modifications n'ont pas pu être enregistrées. Fermer quand même et les perdre ?</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>The tools and methods used to move forward (training, workshops, integration schemes) and the external partners mobilised.</source>
        <translation>Les outils et méthodes utilisés pour progresser (formations, ateliers, dispositifs d'insertion) et les partenaires externes mobilisés.</translation>
    </message>
    <message>
        <source>&amp;Tools and methods</source>
        <translation>&amp;Outils et méthodes</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>P&amp;artenaires</translation>
    </message>
</context>
<context>
    <name>NewBeneficiaryDialog</name>
    <message>
        <source>New beneficiary</source>
        <translation>Nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Civility:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>C&amp;ounsellor:</source>
        <translation>C&amp;onseiller :</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Consent &amp;informed on:</source>
        <translation>&amp;Informé(e) le :</translation>
    </message>
    <message>
        <source>Date the person was informed</source>
        <translation>Date à laquelle la personne a été informée</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base légale :</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>public-interest task</source>
        <translation>mission d'intérêt public</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ce n'est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>Only digits, spaces and + . - ( ) are allowed.</source>
        <translation>Seuls les chiffres, les espaces et + . - ( ) sont acceptés.</translation>
    </message>
    <message>
        <source>Too long or not valid text.</source>
        <translation>Texte trop long ou non valide.</translation>
    </message>
    <message>
        <source>Cannot create the beneficiary: %1</source>
        <translation>Impossible de créer le bénéficiaire : %1</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>The solutions, actions and recommendations agreed with the beneficiary, in chronological order. Drag a step, or use Ctrl+Shift+Up and Down, to reorder; overdue steps are shown in red.</source>
        <translation>Les solutions, actions et recommandations retenues avec le bénéficiaire, dans l'ordre chronologique. Faites glisser une étape, ou utilisez Ctrl+Maj+Haut et Bas, pour réordonner ; les étapes en retard sont en rouge.</translation>
    </message>
    <message>
        <source>Chronological action &amp;plan</source>
        <translation>&amp;Plan d'action chronologique</translation>
    </message>
    <message>
        <source>Administrative a&amp;dvice</source>
        <translation>Conseils a&amp;dministratifs</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Trame cannot open its database</source>
        <translation>Trame ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>The file %1 could not be opened:
%2</source>
        <translation>Le fichier %1 n'a pas pu être ouvert :
%2</translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryPage</name>
    <message>
        <source>The six worked cases of the good-practice guide, read-only: go case by case and section by section.</source>
        <translation>Les six cas étudiés du guide de bonnes pratiques, en lecture seule : parcourez-les cas par cas et section par section.</translation>
    </message>
    <message>
        <source>&amp;Reference case:</source>
        <translation>&amp;Cas de référence :</translation>
    </message>
    <message>
        <source>Reference case</source>
        <translation>Cas de référence</translation>
    </message>
    <message>
        <source>&lt; Pre&amp;vious case</source>
        <translation>&lt; Cas pré&amp;cédent</translation>
    </message>
    <message>
        <source>Previous case (Ctrl+PgUp)</source>
        <translation>Cas précédent (Ctrl+Pg.Préc)</translation>
    </message>
    <message>
        <source>Ne&amp;xt case &gt;</source>
        <translation>Cas &amp;suivant &gt;</translation>
    </message>
    <message>
        <source>Next case (Ctrl+PgDown)</source>
        <translation>Cas suivant (Ctrl+Pg.Suiv)</translation>
    </message>
    <message>
        <source>Case %1 – %2 (%3)</source>
        <translation>Cas %1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>P&amp;roblem statement (problématique):</source>
        <translation>P&amp;roblématique :</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation :</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Mark &amp;lifted</source>
        <translation>Marquer &amp;levé</translation>
    </message>
    <message>
        <source>Edit the problem statement</source>
        <translation>Modifier la problématique</translation>
    </message>
    <message>
        <source>Edit the situation</source>
        <translation>Modifier la situation</translation>
    </message>
    <message>
        <source>&amp;Obstacles</source>
        <translation>&amp;Freins</translation>
    </message>
    <message>
        <source>Mark the obstacle lifted</source>
        <translation>Marquer le frein levé</translation>
    </message>
</context>
</TS>
