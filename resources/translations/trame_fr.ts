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
        <source>Case files for job-integration counsellors, following the good-practice guide&apos;s frame: situation, attitude, methods and tools, action plan, indicators.</source>
        <translation>Dossiers d’accompagnement pour les conseillers en insertion professionnelle, selon la trame du guide de bonnes pratiques&#xa0;: situation, attitude, méthodes et outils, plan d’action, indicateurs.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>Minutes idle before the window locks</source>
        <translation>Minutes d’inactivité avant le verrouillage</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> min d’inactivité</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>New password for %1. Give it to them in person; they can change it afterwards.</source>
        <translation>Nouveau mot de passe pour %1. Remettez-le en main propre&#xa0;; la personne pourra le changer ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>The window now locks after %n minute(s) idle.</source>
        <translation>
            <numerusform>La fenêtre se verrouille désormais après %n minute d’inactivité.</numerusform>
            <numerusform>La fenêtre se verrouille désormais après %n minutes d’inactivité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>People&apos;s data rights</source>
        <translation>Droits des personnes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Programmes and exit reasons</source>
        <translation>Dispositifs et motifs de sortie</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête des documents</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>C&amp;ounsellor:</source>
        <translation>C&amp;onseiller&#xa0;:</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Jour ou semaine</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Le jour</translation>
    </message>
    <message>
        <source>The week</source>
        <translation>La semaine</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page précédente (Pg↑)</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Aujo&amp;urd’hui</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page suivante (Pg↓)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>No appointment on these days.</source>
        <translation>Aucun rendez-vous ces jours-là.</translation>
    </message>
    <message>
        <source>New &amp;appointment…</source>
        <translation>Nouveau &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Qualify or move…</source>
        <translation>&amp;Qualifier ou déplacer…</translation>
    </message>
    <message>
        <source>Open the &amp;case file</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>E&amp;xport to my calendar…</source>
        <translation>E&amp;xporter vers mon agenda…</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Rappe&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Reminder before each appointment, in minutes</source>
        <translation>Rappel avant chaque rendez-vous, en minutes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>To &amp;do</source>
        <translation>À fair&amp;e</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Nothing is due: every follow-up is up to date.</source>
        <translation>Rien à faire&#xa0;: chaque suivi est à jour.</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>%1 %2 (no. %3)</source>
        <translation>%1 %2 (n° %3)</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>With whom?</source>
        <translation>Avec qui&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Convocation</translation>
    </message>
    <message>
        <source>The letter calling the person to the chosen appointment: preview, print or save as PDF</source>
        <translation>La convocation au rendez-vous choisi&#xa0;: aperçu, impression ou PDF</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>AgendaPlace</name>
    <message numerus="yes">
        <source>Today: %n appointment(s)</source>
        <translation>
            <numerusform>Aujourd’hui&#xa0;: %n rendez-vous</numerusform>
            <numerusform>Aujourd’hui&#xa0;: %n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n suivi à relancer</numerusform>
            <numerusform>%n suivis à relancer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Trame: case files for job-integration counsellors.</source>
        <translation>Trame&#xa0;: dossiers d’accompagnement pour les conseillers en insertion professionnelle.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Language of the interface: fr (default) or en.</source>
        <translation>Langue de l’interface&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;, or a team&apos;s PostgreSQL server (postgresql://ROLE:PASSWORD@HOST/DATABASE, from server init).</source>
        <translation>Ouvrir le fichier de base de données &lt;chemin&gt;, ou le serveur PostgreSQL d’une équipe (postgresql://RÔLE:MOT_DE_PASSE@HÔTE/BASE, donné par server init).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Plan an appointment</source>
        <translation>Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ropose from the rhythm</source>
        <translation>Pr&amp;oposer selon le rythme</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>09:30</source>
        <translation>09:30</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>office 2, the partner&apos;s premises, a phone number…</source>
        <translation>bureau 2, les locaux du partenaire, un numéro de téléphone…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Change the appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>Set a recurring follow-up rhythm first: Trame proposes the day from it.</source>
        <translation>Indiquez d’abord un rythme de suivi régulier&#xa0;: Trame propose le jour à partir de lui.</translation>
    </message>
    <message>
        <source>The day is required: type it as 15/03/2026.</source>
        <translation>Le jour est obligatoire&#xa0;: tapez-le sous la forme 15/03/2026.</translation>
    </message>
    <message>
        <source>Type the time as 09:30.</source>
        <translation>Tapez l’heure sous la forme 09:30.</translation>
    </message>
    <message>
        <source>An appointment that has not begun is planned or cancelled: its outcome is set once it has taken place.</source>
        <translation>Un rendez-vous qui n’a pas commencé est prévu ou annulé&#xa0;: ce qu’il en est advenu s’indique une fois qu’il a eu lieu.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>le %1 de %2 à %3</translation>
    </message>
    <message>
        <source>Appointments that overlap</source>
        <translation>Rendez-vous qui se chevauchent</translation>
    </message>
    <message>
        <source>The appointment is stored; you already have another at that time: %1.</source>
        <translation>Le rendez-vous est enregistré&#xa0;; vous en avez déjà un autre à ce moment-là&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AppointmentsPanel</name>
    <message>
        <source>Appoin&amp;tments</source>
        <translation>Rende&amp;z-vous</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Plan an appointment…</source>
        <translation>P&amp;lanifier un rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Qualify or move…</source>
        <translation>&amp;Qualifier ou déplacer…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove the appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Remove the appointment of %1 at %2? To keep a trace of one that did not take place, set its status instead.</source>
        <translation>Supprimer le rendez-vous du %1 à %2&#xa0;? Pour garder la trace d’un rendez-vous qui n’a pas eu lieu, indiquez plutôt son statut.</translation>
    </message>
</context>
<context>
    <name>AttitudePage</name>
    <message>
        <source>The posture to adopt with this person: listen actively, reformulate, do not judge, value what they have achieved, encourage initiative and self-assessment. Note for each technique how to apply it and a phrase to say.</source>
        <translation>La posture à adopter avec cette personne&#xa0;: écoute active, reformulation, absence de jugement, valorisation de ses acquis, encouragement à l’initiative et à l’auto-évaluation. Notez pour chaque technique comment l’appliquer et une phrase à dire.</translation>
    </message>
    <message>
        <source>&amp;Posture</source>
        <translation>&amp;Posture</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>User login</source>
        <translation>Identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>&amp;Record no.</source>
        <translation>Fiche &amp;nº</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de fiche</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>The %1 most recent entries; narrow the filters to see older ones.</source>
        <translation>Les %1 entrées les plus récentes&#xa0;; précisez les filtres pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Trame keeps automatic backups of the database beside it. You can also write a copy elsewhere, for instance on an encrypted key.</source>
        <translation>Trame garde des sauvegardes automatiques de la base à côté d’elle. Vous pouvez aussi en écrire une copie ailleurs, par exemple sur une clé chiffrée.</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base…</translation>
    </message>
    <message>
        <source>Automatic backu&amp;ps</source>
        <translation>Sauvegardes &amp;automatiques</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Res&amp;tore this backup…</source>
        <translation>Res&amp;taurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>Trame database (*.sqlite)</source>
        <translation>Base Trame (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %1? Everything saved since is set aside (the current file is kept beside it), and everyone signs in again.</source>
        <translation>Remplacer la base par la sauvegarde du %1&#xa0;? Tout ce qui a été enregistré depuis est mis de côté (le fichier actuel est conservé à côté), et chacun se reconnecte.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: it is backed up there, by the administrator, with PostgreSQL&apos;s own tools (pg_dump). Trame keeps no copy of it on this workstation.</source>
        <translation>Cette base est sur un serveur PostgreSQL&#xa0;: elle y est sauvegardée par l’administrateur, avec les outils de PostgreSQL (pg_dump). Trame n’en garde aucune copie sur ce poste.</translation>
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
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Name, situation or obstacle; accents not needed</source>
        <translation>Nom, situation ou frein&#xa0;; accents facultatifs</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>O&amp;bstacle:</source>
        <translation>Fr&amp;ein&#xa0;:</translation>
    </message>
    <message>
        <source>Obstacle filter</source>
        <translation>Filtre de frein</translation>
    </message>
    <message>
        <source>Follow-up &amp;overdue</source>
        <translation>Suivi en retar&amp;d</translation>
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
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Réattribuer…</translation>
    </message>
    <message>
        <source>Give the selected case file to another counsellor</source>
        <translation>Confier le dossier sélectionné à un autre conseiller</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message numerus="yes">
        <source>Changes requested by the supervisor on %n case file(s):</source>
        <translation>
            <numerusform>Modifications demandées par le superviseur sur %n dossier&#xa0;:</numerusform>
            <numerusform>Modifications demandées par le superviseur sur %n dossiers&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Under way (active or paused)</source>
        <translation>En cours (actifs et suspendus)</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>The list as filtered, every page of it, to a spreadsheet file (CSV)</source>
        <translation>La liste telle que filtrée, toutes ses pages, dans un fichier pour tableur (CSV)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (*.csv)</source>
        <translation>CSV, pour un tableur (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n personne écrite dans %1.</numerusform>
            <numerusform>%n personnes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiariesPlace</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The last changes to this case file could not be saved. Close it anyway and lose them?</source>
        <translation>Les dernières modifications de ce dossier n’ont pas pu être enregistrées. Le fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Reassign the case file</source>
        <translation>Réattribuer le dossier</translation>
    </message>
    <message>
        <source>Counsellor who will follow case file %1:</source>
        <translation>Conseiller qui suivra le dossier %1&#xa0;:</translation>
    </message>
    <message>
        <source>Case file %1 is now followed by %2.</source>
        <translation>Le dossier %1 est désormais suivi par %2.</translation>
    </message>
    <message>
        <source>A colleague has just saved this case file. If you change it too, Trame shows you both versions when it saves yours.</source>
        <translation>Une ou un collègue vient d’enregistrer ce dossier. Si vous le modifiez aussi, Trame vous montrera les deux versions en enregistrant la vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>A colleague saved %n case file(s): the list is up to date.</source>
        <translation>
            <numerusform>Une ou un collègue a enregistré %n dossier&#xa0;: la liste est à jour.</numerusform>
            <numerusform>Des collègues ont enregistré %n dossiers&#xa0;: la liste est à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryListModel</name>
    <message>
        <source>Follow-up overdue: a step or an appointment is past its date</source>
        <translation>Suivi en retard&#xa0;: une étape ou un rendez-vous a dépassé sa date</translation>
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
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>BilanModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>The final evaluation; type to change it</source>
        <translation>L’évaluation finale&#xa0;; tapez pour la modifier</translation>
    </message>
    <message>
        <source>Action plan steps</source>
        <translation>Étapes du plan d’action</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>Toujours présent</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export to my calendar</source>
        <translation>Exporter vers mon agenda</translation>
    </message>
    <message>
        <source>Which appointments?</source>
        <translation>Quels rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>The 4 weeks from this one</source>
        <translation>Les 4 semaines à partir de celle-ci</translation>
    </message>
    <message>
        <source>The 3 months from this week</source>
        <translation>Les 3 mois à partir de cette semaine</translation>
    </message>
    <message>
        <source>How are people named in the calendar? A calendar is often synchronised outside the structure.</source>
        <translation>Comment nommer les personnes dans l’agenda&#xa0;? Un agenda est souvent synchronisé hors de la structure.</translation>
    </message>
    <message>
        <source>Initials and case number (recommended)</source>
        <translation>Initiales et n° de dossier (recommandé)</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>Noms complets</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The appointments from %1 to %2 were written to %3.</source>
        <translation>Les rendez-vous du %1 au %2 ont été écrits dans %3.</translation>
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
        <source>Administrative advice</source>
        <translation>Conseil administratif</translation>
    </message>
    <message>
        <source>Partner (from the list or typed)</source>
        <translation>Partenaire (de la liste ou saisi)</translation>
    </message>
    <message>
        <source>New obstacle: describe it</source>
        <translation>Nouveau frein&#xa0;: décrivez-le</translation>
    </message>
    <message>
        <source>New posture: name it, or choose a technique</source>
        <translation>Nouvelle posture&#xa0;: nommez-la, ou choisissez une technique</translation>
    </message>
    <message>
        <source>New tool: name it, or choose it in the catalogue</source>
        <translation>Nouvel outil&#xa0;: nommez-le, ou choisissez-le dans le catalogue</translation>
    </message>
    <message>
        <source>New step: what is to be done</source>
        <translation>Nouvelle étape&#xa0;: ce qu’il faut faire</translation>
    </message>
    <message>
        <source>New indicator: how success will show</source>
        <translation>Nouvel indicateur&#xa0;: à quoi se verra la réussite</translation>
    </message>
    <message>
        <source>New advice: a step to take, a right to check</source>
        <translation>Nouveau conseil&#xa0;: une démarche, un droit à vérifier</translation>
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
        <translation>&amp;3 Méthodes, outils</translation>
    </message>
    <message>
        <source>&amp;4 Action plan</source>
        <translation>&amp;4 Plan d’action</translation>
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
        <translation>Ce dossier a été modifié sur un autre poste pendant que vous le modifiiez. Quelle version voulez-vous garder&#xa0;?</translation>
    </message>
    <message>
        <source>Keep &amp;mine (replace theirs)</source>
        <translation>Garder la &amp;mienne (remplacer l’autre)</translation>
    </message>
    <message>
        <source>Take &amp;theirs (drop my changes)</source>
        <translation>Prendre l’&amp;autre (abandonner mes modifications)</translation>
    </message>
    <message>
        <source>Case %1 – %2 (%3)</source>
        <translation>Cas %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Problem statement: %1</source>
        <translation>Problématique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Relecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Prochain rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Case file no. %1</source>
        <translation>Dossier n° %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;7 Profile</source>
        <translation>&amp;7 Profil</translation>
    </message>
    <message>
        <source>&amp;8 Support period</source>
        <translation>&amp;8 Parcours</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next appointment: %1 at %2</source>
        <translation>Prochain rendez-vous&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Print or save as PDF the action plan, an interview summary, the whole case file, an appointment letter or the bilan (Ctrl+P prints the action plan)</source>
        <translation>Imprimer ou enregistrer en PDF le plan d’action, un compte rendu d’entretien, le dossier complet, une convocation ou le bilan (Ctrl+P imprime le plan d’action)</translation>
    </message>
    <message numerus="yes">
        <source>Obstacles: %n open of %1</source>
        <translation>
            <numerusform>Freins&#xa0;: %n ouvert sur %1</numerusform>
            <numerusform>Freins&#xa0;: %n ouverts sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the follow-up</source>
        <translation>Clôturer l’accompagnement</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>&amp;Date de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Situation on leaving:</source>
        <translation>&amp;Situation à la sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bilan, prefilled from the case file: in the Outcome column, tick each obstacle lifted (Space) and type the final evaluation of each indicator.</source>
        <translation>&amp;Bilan, prérempli à partir du dossier&#xa0;: dans la colonne Résultat, cochez chaque frein levé (Espace) et tapez l’évaluation finale de chaque indicateur.</translation>
    </message>
    <message>
        <source>Your &amp;words: how the follow-up ended, what the person leaves with:</source>
        <translation>&amp;Vos mots&#xa0;: comment l’accompagnement s’est terminé, avec quoi la personne repart&#xa0;:</translation>
    </message>
    <message>
        <source>(choose the reason)</source>
        <translation>(choisissez le motif)</translation>
    </message>
    <message>
        <source>Each reason says how funders count the exit.</source>
        <translation>Chaque motif dit comment les financeurs comptent la sortie.</translation>
    </message>
    <message>
        <source>Counted as — IAE: %1 · PLIE: %2 · FSE+: %3</source>
        <translation>Compté comme — IAE&#xa0;: %1 · PLIE&#xa0;: %2 · FSE+&#xa0;: %3</translation>
    </message>
    <message>
        <source>positive exit</source>
        <translation>sortie positive</translation>
    </message>
    <message>
        <source>not a positive exit</source>
        <translation>sortie non positive</translation>
    </message>
    <message>
        <source>The exit date is required: type it as 15/03/2026.</source>
        <translation>La date de sortie est obligatoire&#xa0;: tapez-la sous la forme 15/03/2026.</translation>
    </message>
    <message>
        <source>Correct the exit</source>
        <translation>Corriger la sortie</translation>
    </message>
</context>
<context>
    <name>DataRightsTab</name>
    <message>
        <source>A person asks for their data, or for it to be erased: their counsellor gives you the number of their case file.</source>
        <translation>Une personne demande ses données, ou leur effacement&#xa0;: son conseiller vous donne le numéro de son dossier.</translation>
    </message>
    <message>
        <source>Case file &amp;no.</source>
        <translation>Dossier &amp;nº</translation>
    </message>
    <message>
        <source>Case file number</source>
        <translation>Numéro du dossier</translation>
    </message>
    <message>
        <source>&amp;Export their data…</source>
        <translation>&amp;Exporter ses données…</translation>
    </message>
    <message>
        <source>E&amp;rase them…</source>
        <translation>Effa&amp;cer la personne…</translation>
    </message>
    <message>
        <source>Retention: people with no contact for 24 months are anonymised. Preview the list first; nothing changes until you confirm.</source>
        <translation>Conservation&#xa0;: les personnes sans contact depuis 24 mois sont anonymisées. Affichez d’abord la liste&#xa0;; rien ne change avant votre confirmation.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Anonymise them…</source>
        <translation>A&amp;nonymiser…</translation>
    </message>
    <message>
        <source>People due for anonymisation</source>
        <translation>Personnes à anonymiser</translation>
    </message>
    <message>
        <source>Case file no.</source>
        <translation>Dossier nº</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Exporter les données de la personne</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The data of case file %1 was written to %2.</source>
        <translation>Les données du dossier %1 ont été écrites dans %2.</translation>
    </message>
    <message>
        <source>%1, born on %2, followed by %3</source>
        <translation>%1, né(e) le %2, suivi(e) par %3</translation>
    </message>
    <message>
        <source>%1, followed by %2</source>
        <translation>%1, suivi(e) par %2</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase everything held on case file %1: %2? This cannot be undone: only anonymous counts remain.</source>
        <translation>Effacer tout ce qui est conservé sur le dossier %1&#xa0;: %2&#xa0;? C’est définitif&#xa0;: seuls des décomptes anonymes restent.</translation>
    </message>
    <message>
        <source>Case file %1 was erased.</source>
        <translation>Le dossier %1 a été effacé.</translation>
    </message>
    <message>
        <source>Case file %1 was erased. Trame is open elsewhere on this file: the log that may still hold the person&apos;s data will be cleaned when it is closed everywhere.</source>
        <translation>Le dossier %1 est effacé. Trame est ouvert ailleurs sur ce fichier&#xa0;: le journal d’écriture qui peut encore contenir les données de la personne sera nettoyé quand il sera fermé partout.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with no contact for 24 months.</source>
        <translation>
            <numerusform>%n personne sans contact depuis 24 mois.</numerusform>
            <numerusform>%n personnes sans contact depuis 24 mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n person(s) listed? Their names, contact details and case files are removed for good.</source>
        <translation>
            <numerusform>Anonymiser la personne listée&#xa0;? Son nom, ses coordonnées et son dossier sont supprimés définitivement.</numerusform>
            <numerusform>Anonymiser les %n personnes listées&#xa0;? Leurs noms, coordonnées et dossiers sont supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n personne anonymisée.</numerusform>
            <numerusform>%n personnes anonymisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Not a date yet: type the day, the month and the year, for instance 15/03/1981 or 15031981.</source>
        <translation>Pas encore une date&#xa0;: tapez le jour, le mois et l’année, par exemple 15/03/1981 ou 15031981.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Plan d’action</translation>
    </message>
    <message>
        <source>&amp;Summary of the last interview</source>
        <translation>&amp;Compte rendu du dernier entretien</translation>
    </message>
    <message>
        <source>&amp;Whole case file</source>
        <translation>&amp;Dossier complet</translation>
    </message>
    <message>
        <source>&amp;Letter for the next appointment</source>
        <translation>Co&amp;nvocation au prochain rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Bilan of the last closed period</source>
        <translation>&amp;Bilan de la dernière période close</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>never seen</source>
        <translation>jamais reçue</translation>
    </message>
    <message>
        <source>appointment of %1</source>
        <translation>rendez-vous du %1</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>attendu depuis le %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>dernière venue le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>EntryChoices</name>
    <message>
        <source>Looking for work</source>
        <translation>En recherche d’emploi</translation>
    </message>
    <message>
        <source>Looking for a training</source>
        <translation>En recherche de formation</translation>
    </message>
    <message>
        <source>Building a project</source>
        <translation>En construction de projet</translation>
    </message>
    <message>
        <source>Business project</source>
        <translation>En projet entrepreneurial</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <source>Temporary work</source>
        <translation>En intérim</translation>
    </message>
    <message>
        <source>In an IAE structure</source>
        <translation>En IAE</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Long illness</source>
        <translation>Longue maladie</translation>
    </message>
    <message>
        <source>Unfit for work</source>
        <translation>En invalidité de travail</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Congé parental</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Au foyer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Under 6 months</source>
        <translation>Moins de 6 mois</translation>
    </message>
    <message>
        <source>6 to 11 months</source>
        <translation>De 6 à 11 mois</translation>
    </message>
    <message>
        <source>12 to 23 months</source>
        <translation>De 12 à 23 mois</translation>
    </message>
    <message>
        <source>24 months or more</source>
        <translation>24 mois ou plus</translation>
    </message>
    <message>
        <source>Never worked</source>
        <translation>N’a jamais travaillé</translation>
    </message>
    <message>
        <source>Below level 3: no diploma, brevet (ISCED 0-2)</source>
        <translation>Infra 3&#xa0;: sans diplôme, brevet (CITE 0-2)</translation>
    </message>
    <message>
        <source>Level 3: CAP, BEP (ISCED 3-4)</source>
        <translation>Niveau 3&#xa0;: CAP, BEP (CITE 3-4)</translation>
    </message>
    <message>
        <source>Level 4: baccalauréat (ISCED 3-4)</source>
        <translation>Niveau 4&#xa0;: baccalauréat (CITE 3-4)</translation>
    </message>
    <message>
        <source>Level 5: bac + 2, BTS, DUT (ISCED 5-8)</source>
        <translation>Niveau 5&#xa0;: bac + 2, BTS, DUT (CITE 5-8)</translation>
    </message>
    <message>
        <source>Level 6: licence, bac + 3 or 4 (ISCED 5-8)</source>
        <translation>Niveau 6&#xa0;: licence, bac + 3 ou 4 (CITE 5-8)</translation>
    </message>
    <message>
        <source>Level 7: master, bac + 5 (ISCED 5-8)</source>
        <translation>Niveau 7&#xa0;: master, bac + 5 (CITE 5-8)</translation>
    </message>
    <message>
        <source>Level 8: doctorate (ISCED 5-8)</source>
        <translation>Niveau 8&#xa0;: doctorat (CITE 5-8)</translation>
    </message>
    <message>
        <source>Recognised disability (RQTH)</source>
        <translation>Handicap reconnu (RQTH)</translation>
    </message>
    <message>
        <source>Lives in a priority neighbourhood (QPV)</source>
        <translation>Habite un quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Single-adult household</source>
        <translation>Foyer d’un seul adulte</translation>
    </message>
    <message>
        <source>Homeless or badly housed</source>
        <translation>Sans domicile ou mal logé</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Ressortissant d’un pays tiers</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Entry into the follow-up</source>
        <translation>Entrée dans l’accompagnement</translation>
    </message>
    <message>
        <source>The orientation this follow-up answers. The situation at entry is what funders count (FSE+, PLIE, IAE): every field is optional; record only what your funders ask for.</source>
        <translation>L’orientation à laquelle répond cet accompagnement. La situation à l’entrée est ce que comptent les financeurs (FSE+, PLIE, IAE)&#xa0;: chaque champ est facultatif&#xa0;; ne renseignez que ce que vos financeurs demandent.</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>Date d’&amp;entrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Dispositif&#xa0;:</translation>
    </message>
    <message>
        <source>Prescribing &amp;organisation:</source>
        <translation>&amp;Organisme prescripteur&#xa0;:</translation>
    </message>
    <message>
        <source>France Travail, Conseil départemental, Mission Locale…</source>
        <translation>France Travail, Conseil départemental, Mission Locale…</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>&amp;Prescripteur&#xa0;:</translation>
    </message>
    <message>
        <source>the person who oriented them</source>
        <translation>la personne qui l’a orienté·e</translation>
    </message>
    <message>
        <source>&amp;Work situation:</source>
        <translation>&amp;Situation professionnelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time without work:</source>
        <translation>D&amp;urée sans emploi&#xa0;:</translation>
    </message>
    <message>
        <source>Education &amp;level:</source>
        <translation>&amp;Niveau de formation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resources at entry:</source>
        <translation>&amp;Ressources à l’entrée&#xa0;:</translation>
    </message>
    <message>
        <source>RSA, ARE, ASS, AAH… separated by commas</source>
        <translation>RSA, ARE, ASS, AAH… séparées par des virgules</translation>
    </message>
    <message>
        <source>FSE+ participant criteria (only if your agreement requires them)</source>
        <translation>Critères participant FSE+ (seulement si votre convention les exige)</translation>
    </message>
    <message>
        <source>Reopen the follow-up</source>
        <translation>Rouvrir l’accompagnement</translation>
    </message>
    <message numerus="yes">
        <source> (at most %n month(s))</source>
        <translation>
            <numerusform> (au plus %n mois)</numerusform>
            <numerusform> (au plus %n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry date is required: type it as 15/03/2026.</source>
        <translation>La date d’entrée est obligatoire&#xa0;: tapez-la sous la forme 15/03/2026.</translation>
    </message>
    <message>
        <source>The programme this follow-up answers; its maximum length raises an alert in the list.</source>
        <translation>Le dispositif auquel répond cet accompagnement&#xa0;; sa durée maximale déclenche une alerte dans la liste.</translation>
    </message>
    <message>
        <source>Who oriented the person here: counted by the funders of the programme.</source>
        <translation>Qui a orienté la personne ici&#xa0;: compté par les financeurs du dispositif.</translation>
    </message>
    <message>
        <source>FSE+ and PLIE count the situation on entry: looking for work, in training, unfit for work…</source>
        <translation>Le FSE+ et le PLIE comptent la situation à l’entrée&#xa0;: en recherche d’emploi, en formation, en invalidité…</translation>
    </message>
    <message>
        <source>Long-term unemployment (12 months or more) is an FSE+ and PLIE indicator.</source>
        <translation>Le chômage de longue durée (12 mois ou plus) est un indicateur du FSE+ et du PLIE.</translation>
    </message>
    <message>
        <source>FSE+ counts participants by education group (ISCED 0-2, 3-4, 5-8).</source>
        <translation>Le FSE+ compte les participants par groupe de niveau (CITE 0-2, 3-4, 5-8).</translation>
    </message>
    <message>
        <source>The benefits on entry decide eligibility for some programmes (RSA for the Département, PLIE).</source>
        <translation>Les ressources à l’entrée décident de l’éligibilité à certains dispositifs (RSA pour le Département, PLIE).</translation>
    </message>
    <message>
        <source>Sensitive data (health, origin): record them only when your FSE+ agreement requires them. Only the person&apos;s counsellor and the supervisors see them.</source>
        <translation>Données sensibles (santé, origine)&#xa0;: ne les renseignez que si votre convention FSE+ l’exige. Seuls le conseiller de la personne et les superviseurs les voient.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A value is not accepted.</source>
        <translation>Une valeur n’est pas acceptée.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>L’enregistrement n’existe plus.</translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile.</source>
        <translation>Quelqu’un d’autre a enregistré cet élément entre-temps.</translation>
    </message>
    <message>
        <source>The database is in use by another program; try again in a moment.</source>
        <translation>La base de données est utilisée par un autre programme&#xa0;; réessayez dans un instant.</translation>
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
        <translation>Le fichier ne peut pas être écrit (disque plein, fichier ou dossier en lecture seule&#xa0;?).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <source>This account is disabled: ask the administrator.</source>
        <translation>Ce compte est désactivé&#xa0;: adressez-vous à l’administrateur.</translation>
    </message>
    <message>
        <source>Your account was disabled by an administrator: nothing more can be read or saved with it. Sign out.</source>
        <translation>Votre compte a été désactivé par un administrateur&#xa0;: plus rien ne peut être consulté ni enregistré avec lui. Déconnectez-vous.</translation>
    </message>
    <message>
        <source>Wrong login or password. After %1 failed attempts in a row, an account waits a few minutes before it accepts another.</source>
        <translation>Identifiant ou mot de passe incorrect. Après %1 essais manqués de suite, un compte attend quelques minutes avant d’en accepter un autre.</translation>
    </message>
    <message>
        <source>Connection to the server lost: what you typed is kept, and saved once the server answers.</source>
        <translation>Connexion au serveur perdue&#xa0;: ce que vous avez saisi est gardé, et sera enregistré dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>The server refused this workstation: its address or password is no longer valid (each server init gives a new one; ask the administrator).</source>
        <translation>Le serveur a refusé ce poste&#xa0;: son adresse ou son mot de passe n’est plus valable (chaque server init en donne un nouveau&#xa0;; demandez à l’administrateur).</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>lower case, no spaces: kept in files and exports</source>
        <translation>minuscules, sans espace&#xa0;: repris dans les fichiers et les exports</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IAE category:</source>
        <translation>Catégorie &amp;IAE&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PLIE positive exit (6 months of work at least half-time, or a qualifying training)</source>
        <translation>Sortie positive &amp;PLIE (6 mois d’emploi au moins à mi-temps, ou une formation qualifiante)</translation>
    </message>
    <message>
        <source>&amp;FSE+ situation on leaving:</source>
        <translation>Situation &amp;FSE+ à la sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offered when a follow-up is closed</source>
        <translation>Pr&amp;oposé à la clôture d’un accompagnement</translation>
    </message>
    <message>
        <source>Add an exit reason</source>
        <translation>Ajouter un motif de sortie</translation>
    </message>
    <message>
        <source>Change an exit reason</source>
        <translation>Modifier un motif de sortie</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up &amp;rhythm</source>
        <translation>R&amp;ythme de suivi</translation>
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
        <translation>Unité de l’intervalle</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>après&#xa0;:</translation>
    </message>
    <message>
        <source>Event the follow-up comes after</source>
        <translation>Événement après lequel a lieu le suivi</translation>
    </message>
    <message>
        <source>the immersion</source>
        <translation>l’immersion</translation>
    </message>
    <message>
        <source>In &amp;words:</source>
        <translation>En &amp;mots&#xa0;:</translation>
    </message>
    <message>
        <source>Rhythm in words</source>
        <translation>Rythme en mots</translation>
    </message>
    <message>
        <source>fortnightly</source>
        <translation>toutes les deux semaines (bimensuel)</translation>
    </message>
    <message>
        <source>I&amp;nterviews:</source>
        <translation>E&amp;ntretiens&#xa0;:</translation>
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
        <translation>prochain&#xa0;: %1</translation>
    </message>
    <message>
        <source>every</source>
        <comment>before a number of days or months</comment>
        <translation>tous les</translation>
    </message>
    <message>
        <source>every</source>
        <comment>before a single day, week or month</comment>
        <translation>chaque</translation>
    </message>
    <message>
        <source>every</source>
        <comment>before a number of weeks</comment>
        <translation>toutes les</translation>
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
        <translation>Nommer les freins que montre la situation, avec leur catégorie, pour que le plan d’action traite chacun d’eux.</translation>
    </message>
    <message>
        <source>The posture: active listening, empathy, no judgement, reformulation, encouraging initiative and self-assessment.</source>
        <translation>La posture&#xa0;: écoute active, empathie, absence de jugement, reformulation, encouragement à l’initiative et auto-évaluation.</translation>
    </message>
    <message>
        <source>The tools and methods to progress, and the external partners to mobilise for complementary support.</source>
        <translation>Les outils et méthodes pour progresser, et les partenaires externes à mobiliser pour un soutien complémentaire.</translation>
    </message>
    <message>
        <source>The solution agreed with the beneficiary and a detailed chronological action plan, each step concrete and dated.</source>
        <translation>La solution retenue avec le bénéficiaire et un plan d’action chronologique détaillé, chaque étape concrète et datée.</translation>
    </message>
    <message>
        <source>The guide gives no administrative advice for this case.</source>
        <translation>Le guide ne donne pas de conseil administratif pour ce cas.</translation>
    </message>
    <message>
        <source>Success indicators and evaluation criteria, to measure the impact of the support.</source>
        <translation>Les indicateurs de succès et les critères d’évaluation, pour mesurer l’impact de l’accompagnement.</translation>
    </message>
    <message>
        <source>Regular follow-up, with the Annexe 1 template filled in at each interview and the beneficiary&apos;s own self-assessment.</source>
        <translation>Un suivi régulier, avec la trame de l’Annexe 1 remplie à chaque entretien et l’auto-évaluation du bénéficiaire.</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Notes on the guide&apos;s text</source>
        <translation>Remarques sur le texte du guide</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Trame user guide</source>
        <translation>Guide de l’utilisateur de Trame</translation>
    </message>
    <message>
        <source>&amp;Search the guide:</source>
        <translation>&amp;Chercher dans le guide&#xa0;:</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chercher dans le guide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Success indicators and evaluation criteria, to measure the impact of the support.</source>
        <translation>Les indicateurs de succès et les critères d’évaluation, pour mesurer l’impact de l’accompagnement.</translation>
    </message>
    <message>
        <source>Success &amp;indicators</source>
        <translation>Indicateurs de succè&amp;s</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>Interview &amp;date:</source>
        <translation>&amp;Date de l’entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>&amp;Prochain rendez-vous&#xa0;:</translation>
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
        <translation>Trame de suivi (Annexe 1)&#xa0;: un état et une note pour chaque élé&amp;ment</translation>
    </message>
    <message>
        <source>Follow-up template items</source>
        <translation>Éléments de la trame de suivi</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s &amp;self-assessment, in their own words:</source>
        <translation>L’&amp;auto-évaluation du bénéficiaire, avec ses propres mots&#xa0;:</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The next appointment came before this date: proposed again from the rhythm, on %1.</source>
        <translation>Le prochain rendez-vous tombait avant cette date&#xa0;: il est proposé de nouveau selon le rythme, le %1.</translation>
    </message>
    <message>
        <source>The next appointment came before this date: it is cleared, choose a new one.</source>
        <translation>Le prochain rendez-vous tombait avant cette date&#xa0;: il est effacé, choisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>The next appointment cannot come before the interview: choose a later day.</source>
        <translation>Le prochain rendez-vous ne peut pas précéder l’entretien&#xa0;: choisissez un jour plus tard.</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Earlier interviews:</source>
        <translation>Entretiens précédents&#xa0;:</translation>
    </message>
    <message>
        <source>As at the interview of %1</source>
        <translation>Comme à l’entretien du %1</translation>
    </message>
    <message>
        <source>unchanged since the interview of %1</source>
        <translation>inchangé depuis l’entretien du %1</translation>
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
        <translation>Suspendu</translation>
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
        <translation>Contact pris</translation>
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
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Attitude to adopt</source>
        <translation>Attitude à adopter</translation>
    </message>
    <message>
        <source>Methods and tools</source>
        <translation>Méthodes et outils</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Case file opened</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Account change</source>
        <translation>Modification de compte</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Audit purge</source>
        <translation>Purge du journal</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>In employment</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation>En recherche d’emploi</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Durable job</source>
        <translation>Emploi durable</translation>
    </message>
    <message>
        <source>Transition job</source>
        <translation>Emploi de transition</translation>
    </message>
    <message>
        <source>Other positive exit</source>
        <translation>Sortie positive</translation>
    </message>
    <message>
        <source>Other exit</source>
        <translation>Autre sortie</translation>
    </message>
    <message>
        <source>Support period</source>
        <translation>Période d’accompagnement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Individual, on site</source>
        <translation>Entretien individuel sur place</translation>
    </message>
    <message>
        <source>Individual, by phone</source>
        <translation>Entretien individuel par téléphone</translation>
    </message>
    <message>
        <source>Individual, by video</source>
        <translation>Entretien individuel en visio</translation>
    </message>
    <message>
        <source>Collective workshop</source>
        <translation>Atelier collectif</translation>
    </message>
    <message>
        <source>Meeting with a partner</source>
        <translation>Rencontre avec un partenaire</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>appointment</comment>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>appointment</comment>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>Excused</source>
        <comment>appointment</comment>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Did not come</source>
        <comment>appointment</comment>
        <translation>Absent (non excusé)</translation>
    </message>
    <message>
        <source>Cancelled by the structure</source>
        <comment>appointment</comment>
        <translation>Annulé par la structure</translation>
    </message>
    <message>
        <source>To qualify: did the person come?</source>
        <translation>À qualifier&#xa0;: la personne est-elle venue&#xa0;?</translation>
    </message>
    <message>
        <source>Appointment to qualify</source>
        <translation>Rendez-vous à qualifier</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Suivi à relancer</translation>
    </message>
    <message>
        <source>No appointment planned</source>
        <translation>Aucun rendez-vous prévu</translation>
    </message>
    <message>
        <source>Plan step due</source>
        <translation>Étape du plan à échéance</translation>
    </message>
    <message>
        <source>Follow-up past its programme&apos;s length</source>
        <translation>Suivi au-delà de la durée du dispositif</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a plan step (une étape: feminine)</comment>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a referral (une orientation: feminine)</comment>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>an Annexe 1 item (un point: masculine)</comment>
        <translation>Réalisé</translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>The structure as every document Trame prints names it: at the top of the first page, and its line at the foot of each page.</source>
        <translation>La structure telle que la nomme chaque document imprimé par Trame&#xa0;: en haut de la première page, et sa ligne au pied de chaque page.</translation>
    </message>
    <message>
        <source>Structure &amp;name:</source>
        <translation>&amp;Nom de la structure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Footer line:</source>
        <translation>Pie&amp;d de page&#xa0;:</translation>
    </message>
    <message>
        <source>Legal form, registration number…</source>
        <translation>Forme juridique, numéro SIRET…</translation>
    </message>
    <message>
        <source>What to &amp;bring to an appointment:</source>
        <translation>&amp;Pièces à fournir à un rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>What to bring to an appointment</source>
        <translation>Pièces à fournir à un rendez-vous</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose a logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>A PNG or SVG image of 512 KB at most</source>
        <translation>Une image PNG ou SVG de 512&#xa0;Ko au plus</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>&amp;Save the letterhead</source>
        <translation>&amp;Enregistrer l’en-tête</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <source>The letterhead was saved: every document printed from now on bears it.</source>
        <translation>L’en-tête est enregistré&#xa0;: chaque document imprimé désormais le porte.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ListCsv</name>
    <message>
        <source>Case file no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
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
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
        <translation>Supprimer l’élément sélectionné (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Shift+Up)</source>
        <translation>Monter l’élément sélectionné (Ctrl+Maj+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Shift+Down)</source>
        <translation>Descendre l’élément sélectionné (Ctrl+Maj+Bas)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Trame is locked</source>
        <translation>Trame est verrouillé</translation>
    </message>
    <message>
        <source>Locked by %1. Type your password to go on, or sign in with another account: the first session will be closed.</source>
        <translation>Verrouillé par %1. Saisissez votre mot de passe pour reprendre, ou connectez-vous avec un autre compte&#xa0;: la première session sera fermée.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Trame — sign in</source>
        <translation>Trame — connexion</translation>
    </message>
    <message>
        <source>Trame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Case files hold personal data: sign in with your own account.</source>
        <translation>Les dossiers contiennent des données personnelles&#xa0;: connectez-vous avec votre propre compte.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Browse the guide</source>
        <translation>&amp;Consulter le guide</translation>
    </message>
    <message>
        <source>The six reference cases of the guide, without an account: they hold no personal data.</source>
        <translation>Les six cas de référence du guide, sans compte&#xa0;: ils ne contiennent aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Aller &amp;à</translation>
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
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
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
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>NOT SAVED: %1</source>
        <translation>NON ENREGISTRÉ&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation>Les dernières modifications n’ont pas pu être enregistrées. Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the window now (Ctrl+L): nothing stays visible until a password is typed</source>
        <translation>Verrouiller la fenêtre maintenant (Ctrl+L)&#xa0;: plus rien n’est visible avant la saisie d’un mot de passe</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>&amp;Retour à la connexion</translation>
    </message>
    <message>
        <source>Trame — %1 (%2)</source>
        <translation>Trame — %1 (%2)</translation>
    </message>
    <message>
        <source>Trame — the guide</source>
        <translation>Trame — le guide</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Trame — locked</source>
        <translation>Trame — verrouillé</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Trame cannot write to its database (full disk, or a read-only file or folder): editing is suspended. Your last changes are kept in this window, not yet saved. Free some space or fix the file, then try again.</source>
        <translation>Trame ne peut plus écrire dans sa base (disque plein, ou fichier ou dossier en lecture seule)&#xa0;: la saisie est suspendue. Vos dernières modifications sont gardées dans cette fenêtre, pas encore enregistrées. Libérez de la place ou réparez le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Connection to the server lost: editing is suspended. Your last changes are kept in this window, not yet saved; Trame saves them as soon as the server answers again.</source>
        <translation>Connexion au serveur perdue&#xa0;: la saisie est suspendue. Vos dernières modifications sont gardées dans cette fenêtre, pas encore enregistrées&#xa0;; Trame les enregistre dès que le serveur répond de nouveau.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>The tools and methods used to move forward (training, workshops, integration schemes) and the external partners mobilised.</source>
        <translation>Les outils et méthodes utilisés pour progresser (formations, ateliers, dispositifs d’insertion) et les partenaires externes mobilisés.</translation>
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
        <translation>&amp;Civilité&#xa0;:</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>C&amp;ounsellor:</source>
        <translation>C&amp;onseiller&#xa0;:</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Consent &amp;informed on:</source>
        <translation>&amp;Informé(e) le&#xa0;:</translation>
    </message>
    <message>
        <source>Date the person was informed</source>
        <translation>Date à laquelle la personne a été informée</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>public-interest task</source>
        <translation>mission d’intérêt public</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ce n’est pas une adresse de courriel.</translation>
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
        <source>%1: not a date yet, type it as 15/03/1981.</source>
        <translation>%1&#xa0;: ce n’est pas encore une date, tapez-la sous la forme 15/03/1981.</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Dispositi&amp;f&#xa0;:</translation>
    </message>
    <message>
        <source>Programme the person is oriented to</source>
        <translation>Dispositif vers lequel la personne est orientée</translation>
    </message>
    <message>
        <source>O&amp;riented by:</source>
        <translation>Orienté(e) pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Prescribing organisation</source>
        <translation>Organisme prescripteur</translation>
    </message>
    <message>
        <source>France Travail, Conseil départemental, Mission Locale…</source>
        <translation>France Travail, Conseil départemental, Mission Locale…</translation>
    </message>
    <message>
        <source>Cannot create the beneficiary:</source>
        <translation>Impossible de créer le bénéficiaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nouveau &amp;mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 12 characters. A sentence you remember is a good password.</source>
        <translation>Au moins 12 caractères. Une phrase dont vous vous souvenez fait un bon mot de passe.</translation>
    </message>
    <message>
        <source>Trame — first start</source>
        <translation>Trame — premier démarrage</translation>
    </message>
    <message>
        <source>This database has no account yet. Create the administrator&apos;s: it manages the accounts, backups and the people&apos;s data rights, and does not see case files.</source>
        <translation>Cette base n’a encore aucun compte. Créez celui de l’administrateur&#xa0;: il gère les comptes, les sauvegardes et les droits des personnes, et ne voit pas les dossiers.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the follow-up</source>
        <translation>Suspendre l’accompagnement</translation>
    </message>
    <message>
        <source>While paused, the follow-up stays open and the case file can still be written; the list shows it as paused, and warns you once the expected end has passed.</source>
        <translation>Pendant la suspension, l’accompagnement reste ouvert et le dossier peut toujours être rempli&#xa0;; la liste l’affiche comme suspendu et vous alerte une fois la reprise prévue dépassée.</translation>
    </message>
    <message>
        <source>Paused &amp;from:</source>
        <translation>Suspendu &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expected to resume on:</source>
        <translation>&amp;Reprise prévue le&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>health, a training elsewhere, a move…</source>
        <translation>santé, formation ailleurs, déménagement…</translation>
    </message>
    <message>
        <source>Type the date as 15/03/2026.</source>
        <translation>Tapez la date sous la forme 15/03/2026.</translation>
    </message>
    <message>
        <source>Pa&amp;use:</source>
        <translation>&amp;Suspension&#xa0;:</translation>
    </message>
    <message>
        <source>Resumed o&amp;n:</source>
        <translation>Reprise &amp;effective le&#xa0;:</translation>
    </message>
    <message>
        <source>Correct a pause</source>
        <translation>Corriger une suspension</translation>
    </message>
    <message>
        <source>Correct what was recorded of a pause: its dates and its reason. A pause under way is ended by resuming the follow-up, not here.</source>
        <translation>Corrigez ce qui a été enregistré d’une suspension&#xa0;: ses dates et son motif. Une suspension en cours prend fin quand l’accompagnement reprend, pas ici.</translation>
    </message>
    <message>
        <source>from %1 to %2 — %3</source>
        <translation>du %1 au %2 — %3</translation>
    </message>
    <message>
        <source>since %1 — %2</source>
        <translation>depuis le %1 — %2</translation>
    </message>
</context>
<context>
    <name>PeriodErrors</name>
    <message>
        <source>Choose the reason of the exit.</source>
        <translation>Choisissez le motif de sortie.</translation>
    </message>
    <message>
        <source>Write the bilan: how the follow-up ended, in your own words.</source>
        <translation>Écrivez le bilan&#xa0;: comment l’accompagnement s’est terminé, avec vos mots.</translation>
    </message>
    <message>
        <source>Say why the follow-up is paused.</source>
        <translation>Dites pourquoi l’accompagnement est suspendu.</translation>
    </message>
    <message>
        <source>Choose the programme.</source>
        <translation>Choisissez le dispositif.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This date is not possible.</source>
        <translation>Cette date n’est pas possible.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Clôturer…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Correct the e&amp;ntry…</source>
        <translation>Corriger l’e&amp;ntrée…</translation>
    </message>
    <message>
        <source>&amp;History of the periods (the last one is the current one):</source>
        <translation>&amp;Historique des périodes (la dernière est celle en cours)&#xa0;:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situation à la sortie</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>No support period is recorded for this person.</source>
        <translation>Aucune période d’accompagnement n’est enregistrée pour cette personne.</translation>
    </message>
    <message>
        <source>Resume the follow-up</source>
        <translation>Reprendre l’accompagnement</translation>
    </message>
    <message>
        <source>Resume the follow-up of %1 today, %2?</source>
        <translation>Reprendre l’accompagnement de %1 aujourd’hui, le %2&#xa0;?</translation>
    </message>
    <message>
        <source>The period chosen above:</source>
        <translation>Période choisie ci-dessus&#xa0;:</translation>
    </message>
    <message>
        <source>Correct a pau&amp;se…</source>
        <translation>Corriger une s&amp;uspension…</translation>
    </message>
    <message>
        <source>Correct the e&amp;xit…</source>
        <translation>Corriger la sor&amp;tie…</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Follow-up closed on %1 (%2): %3</source>
        <translation>Accompagnement clôturé le %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Follow-up paused since %1, expected to resume on %2 (%3)</source>
        <translation>Accompagnement suspendu depuis le %1, reprise prévue le %2 (%3)</translation>
    </message>
    <message>
        <source>Follow-up paused since %1 (%2)</source>
        <translation>Accompagnement suspendu depuis le %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up under way since %1 (%2)</source>
        <translation>Accompagnement en cours depuis le %1 (%2)</translation>
    </message>
    <message>
        <source>This follow-up has gone past its programme&apos;s maximum length.</source>
        <translation>Cet accompagnement a dépassé la durée maximale de son dispositif.</translation>
    </message>
    <message>
        <source>This pause has gone past the day the follow-up was expected to resume.</source>
        <translation>Cette suspension a dépassé la date de reprise prévue.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d’entrée</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Work situation</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <source>Time without work</source>
        <translation>Durée sans emploi</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau de formation</translation>
    </message>
    <message>
        <source>Resources at entry</source>
        <translation>Ressources à l’entrée</translation>
    </message>
    <message>
        <source>FSE+ criteria</source>
        <translation>Critères FSE+</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>(expected end %1)</source>
        <translation>(reprise prévue le %1)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situation à la sortie</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>levé</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>toujours présent</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>Period since %1</source>
        <translation>Période depuis le %1</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Action plan steps</source>
        <translation>Étapes du plan d’action</translation>
    </message>
    <message>
        <source>In the counsellor&apos;s words</source>
        <translation>Avec les mots du conseiller</translation>
    </message>
    <message>
        <source>Past the programme&apos;s maximum length</source>
        <translation>Durée maximale du dispositif dépassée</translation>
    </message>
    <message>
        <source>Pause past its expected end</source>
        <translation>Reprise prévue dépassée</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Chronological action &amp;plan</source>
        <translation>&amp;Plan d’action chronologique</translation>
    </message>
    <message>
        <source>Administrative a&amp;dvice</source>
        <translation>Conseils ad&amp;ministratifs</translation>
    </message>
    <message>
        <source>The solutions, actions and recommendations agreed with the beneficiary, in chronological order. Drag a step, or use Ctrl+Shift+Up and Down, to reorder; overdue steps are shown in red, with a warning sign.</source>
        <translation>Les solutions, actions et recommandations retenues avec le bénéficiaire, dans l’ordre chronologique. Faites glisser une étape, ou utilisez Ctrl+Maj+Haut et Bas, pour réordonner&#xa0;; les étapes en retard sont en rouge, avec un signe d’alerte.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de naiss&amp;ance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Adre&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>Resso&amp;urces&#xa0;:</translation>
    </message>
    <message>
        <source>RSA, ARE, ASS, AAH… separated by commas</source>
        <translation>RSA, ARE, ASS, AAH… séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifications&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>E&amp;xpérience&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consent given on:</source>
        <translation>C&amp;onsentement recueilli le&#xa0;:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>What the person was &amp;told:</source>
        <translation>Ce qui a été &amp;expliqué à la personne&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the first name</source>
        <translation>Modifier le prénom</translation>
    </message>
    <message>
        <source>Edit the last name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Edit the phone number</source>
        <translation>Modifier le téléphone</translation>
    </message>
    <message>
        <source>Edit the e-mail address</source>
        <translation>Modifier le courriel</translation>
    </message>
    <message>
        <source>Edit the address</source>
        <translation>Modifier l’adresse</translation>
    </message>
    <message>
        <source>Edit the qualifications</source>
        <translation>Modifier les qualifications</translation>
    </message>
    <message>
        <source>Edit the experience</source>
        <translation>Modifier l’expérience</translation>
    </message>
    <message>
        <source>Edit the languages</source>
        <translation>Modifier les langues</translation>
    </message>
    <message>
        <source>Edit the resources</source>
        <translation>Modifier les ressources</translation>
    </message>
    <message>
        <source>Edit the birth date</source>
        <translation>Modifier la date de naissance</translation>
    </message>
    <message>
        <source>Edit the consent date</source>
        <translation>Modifier la date du consentement</translation>
    </message>
    <message>
        <source>Edit the legal basis</source>
        <translation>Modifier la base légale</translation>
    </message>
    <message>
        <source>Edit what the person was told</source>
        <translation>Modifier ce qui a été expliqué à la personne</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>lower case, no spaces: kept in files and exports</source>
        <translation>minuscules, sans espace&#xa0;: repris dans les fichiers et les exports</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Maximum length:</source>
        <translation>Durée &amp;maximale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offered for new follow-ups</source>
        <translation>&amp;Proposé pour les nouveaux accompagnements</translation>
    </message>
    <message>
        <source>Add a programme</source>
        <translation>Ajouter un dispositif</translation>
    </message>
    <message>
        <source>Change a programme</source>
        <translation>Modifier un dispositif</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Trame cannot open its database</source>
        <translation>Trame ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>The file %1 is damaged:
%2

Restore the latest automatic backup, of %3? The damaged file is kept beside it; what was saved after the backup is not in it.</source>
        <translation>Le fichier %1 est endommagé&#xa0;:
%2

Restaurer la dernière sauvegarde automatique, du %3&#xa0;? Le fichier endommagé est conservé à côté&#xa0;; ce qui a été enregistré après la sauvegarde n’y figure pas.</translation>
    </message>
    <message>
        <source>Trame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>The database %1 could not be opened:
%2</source>
        <translation>La base %1 n’a pas pu être ouverte&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryPage</name>
    <message>
        <source>The six worked cases of the good-practice guide, read-only: go case by case and section by section.</source>
        <translation>Les six cas étudiés du guide de bonnes pratiques, en lecture seule&#xa0;: parcourez-les cas par cas et section par section.</translation>
    </message>
    <message>
        <source>&amp;Reference case:</source>
        <translation>&amp;Cas de référence&#xa0;:</translation>
    </message>
    <message>
        <source>Reference case</source>
        <translation>Cas de référence</translation>
    </message>
    <message>
        <source>&lt; Pre&amp;vious case</source>
        <translation>&lt; Cas &amp;précédent</translation>
    </message>
    <message>
        <source>Previous case (Ctrl+PgUp)</source>
        <translation>Cas précédent (Ctrl+Pg.Préc)</translation>
    </message>
    <message>
        <source>Ne&amp;xt case &gt;</source>
        <translation>Cas suiva&amp;nt &gt;</translation>
    </message>
    <message>
        <source>Next case (Ctrl+PgDown)</source>
        <translation>Cas suivant (Ctrl+Pg.Suiv)</translation>
    </message>
    <message>
        <source>Case %1 – %2 (%3)</source>
        <translation>Cas %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>The case in the guide&apos;s frame, on A4 pages, to read or print</source>
        <translation>Le cas dans la trame du guide, sur des pages A4, à lire ou à imprimer</translation>
    </message>
    <message>
        <source>Case %1 was written to %2.</source>
        <translation>Le cas %1 a été écrit dans %2.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>See the case&apos;s pages, then print them (Ctrl+P)</source>
        <translation>Voir les pages du cas, puis les imprimer (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ReferentialsTab</name>
    <message>
        <source>The lists counsellors choose from when a follow-up starts and ends. The seeded entries come from the field&apos;s public lists (their source is shown); add your structure&apos;s own, mapped onto the categories funders count. An entry no longer used is retired, never deleted: the periods that used it keep it.</source>
        <translation>Les listes où les conseillers choisissent à l’entrée et à la sortie d’un accompagnement. Les entrées fournies viennent des listes publiques du secteur (leur source est indiquée)&#xa0;; ajoutez celles de votre structure, rattachées aux catégories que comptent les financeurs. Une entrée qui ne sert plus est retirée, jamais supprimée&#xa0;: les périodes qui l’utilisent la gardent.</translation>
    </message>
    <message>
        <source>&amp;Programmes:</source>
        <translation>Dis&amp;positifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a programme…</source>
        <translation>A&amp;jouter un dispositif…</translation>
    </message>
    <message>
        <source>&amp;Change the programme…</source>
        <translation>&amp;Modifier le dispositif…</translation>
    </message>
    <message>
        <source>E&amp;xit reasons:</source>
        <translation>Motifs de so&amp;rtie&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd an exit reason…</source>
        <translation>Ajouter un m&amp;otif…</translation>
    </message>
    <message>
        <source>Change the exit &amp;reason…</source>
        <translation>Modifi&amp;er le motif…</translation>
    </message>
    <message>
        <source>the structure&apos;s own</source>
        <translation>propre à la structure</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>IAE</source>
        <translation>IAE</translation>
    </message>
    <message>
        <source>PLIE positive</source>
        <translation>Positive PLIE</translation>
    </message>
    <message>
        <source>FSE+ on leaving</source>
        <translation>FSE+ à la sortie</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Programme added.</source>
        <translation>Dispositif ajouté.</translation>
    </message>
    <message>
        <source>Programme changed.</source>
        <translation>Dispositif modifié.</translation>
    </message>
    <message>
        <source>Exit reason added.</source>
        <translation>Motif de sortie ajouté.</translation>
    </message>
    <message>
        <source>Exit reason changed.</source>
        <translation>Motif de sortie modifié.</translation>
    </message>
</context>
<context>
    <name>ReminderWatch</name>
    <message>
        <source>%1 at %2 with %3</source>
        <translation>%1 à %2 avec %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Appointment in %n minute(s)</source>
        <translation>
            <numerusform>Rendez-vous dans %n minute</numerusform>
            <numerusform>Rendez-vous dans %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Review comments on this section</source>
        <translation>Remarques de relecture sur cette section</translation>
    </message>
    <message>
        <source>Comment or note</source>
        <translation>Remarque ou note</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <source>Ask a supervisor to review this case file; the text above goes with it.</source>
        <translation>Demander à un superviseur de relire ce dossier&#xa0;; le texte ci-dessus l’accompagne.</translation>
    </message>
    <message>
        <source>Comment on this section</source>
        <translation>Commenter cette section</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your comment on the section “%1”, or a note with your decision</source>
        <translation>Votre remarque sur la section «&#xa0;%1&#xa0;», ou une note avec votre décision</translation>
    </message>
    <message>
        <source>What the supervisor should look at (optional)</source>
        <translation>Ce que le superviseur doit regarder (facultatif)</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>Remarques sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No comment on this section.</source>
        <translation>Aucune remarque sur cette section.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2</source>
        <translation>Soumis par %1 le %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>Counsellor&apos;s note:</source>
        <translation>Note du conseiller&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Case files counsellors have submitted, oldest first. Open one to comment on its sections, then request changes or validate it.</source>
        <translation>Les dossiers soumis par les conseillers, du plus ancien au plus récent. Ouvrez-en un pour commenter ses sections, puis demander des modifications ou le valider.</translation>
    </message>
    <message>
        <source>Case files waiting for review</source>
        <translation>Dossiers en attente de relecture</translation>
    </message>
    <message>
        <source>&amp;Open for review</source>
        <translation>&amp;Ouvrir pour relecture</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller·ère</translation>
    </message>
    <message>
        <source>Counsellor&apos;s note</source>
        <translation>Note du conseiller</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
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
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
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
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levé le</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information donnée</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller ou conseillère</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start of the pause</source>
        <translation>Début de la suspension</translation>
    </message>
    <message>
        <source>End of the pause</source>
        <translation>Fin de la suspension</translation>
    </message>
    <message>
        <source>Expected resumption</source>
        <translation>Reprise prévue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Resumption date</source>
        <translation>Date de reprise</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d’entrée</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Prescriber&apos;s name</source>
        <translation>Nom du prescripteur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Locking delay</source>
        <translation>Délai de verrouillage</translation>
    </message>
    <message>
        <source>Name of the structure</source>
        <translation>Nom de la structure</translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation>Ligne de pied de page</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Pro&amp;blématique&#xa0;:</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation&#xa0;:</translation>
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
        <translation>Fr&amp;eins</translation>
    </message>
    <message>
        <source>Mark the obstacle lifted</source>
        <translation>Marquer le frein levé</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>Sort by %1</source>
        <translation>Trier par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sort by %1, descending</source>
        <translation>Trier par «&#xa0;%1&#xa0;», ordre décroissant</translation>
    </message>
    <message>
        <source>Sort by %1, ascending</source>
        <translation>Trier par «&#xa0;%1&#xa0;», ordre croissant</translation>
    </message>
</context>
<context>
    <name>trame::rules</name>
    <message>
        <source>is required</source>
        <translation>à remplir</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>ce texte n’est pas lisible (encodage non UTF-8)</translation>
    </message>
    <message>
        <source>is {1} characters long, more than the {2} allowed</source>
        <translation>{1} caractères, plus que les {2} permis</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>contains a line break or a control character</source>
        <translation>contient un retour à la ligne ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>contains a character that reverses the direction of the text</source>
        <translation>contient un caractère qui inverse le sens du texte</translation>
    </message>
    <message>
        <source>contains an invisible character</source>
        <translation>contient un caractère invisible</translation>
    </message>
    <message>
        <source>stacks more than 4 accents on one letter</source>
        <translation>plus de 4 accents sur une même lettre</translation>
    </message>
    <message>
        <source>has {1} entries, more than the {2} allowed</source>
        <translation>{1} lignes, plus que les {2} permises</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is not a code (lowercase letters, digits and _)</source>
        <translation>«&#xa0;{1}&#xa0;» n’est pas un code (minuscules sans accent, chiffres et _)</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is not a phone number</source>
        <translation>«&#xa0;{1}&#xa0;» n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is not an e-mail address</source>
        <translation>«&#xa0;{1}&#xa0;» n’est pas une adresse de courriel</translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation>avant la date de naissance</translation>
    </message>
    <message>
        <source>is set but the obstacle is not lifted</source>
        <translation>renseignée alors que le frein n’est pas levé</translation>
    </message>
    <message>
        <source>{1} is before identified_on {2}</source>
        <translation>le {1}, avant le repérage du frein le {2}</translation>
    </message>
    <message>
        <source>{1} is before the interview itself</source>
        <translation>le {1}, avant l’entretien lui-même</translation>
    </message>
    <message>
        <source>{1} is outside 1..366</source>
        <translation>{1} n’est pas entre 1 et 366</translation>
    </message>
    <message>
        <source>a login has 2 to 32 characters: lowercase letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter</source>
        <translation>un identifiant a de 2 à 32 caractères&#xa0;: minuscules sans accent, chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;», et commence par une lettre</translation>
    </message>
    <message>
        <source>the password is not valid text</source>
        <translation>le mot de passe n’est pas un texte lisible</translation>
    </message>
    <message>
        <source>a password has at least {1} characters</source>
        <translation>un mot de passe a au moins {1} caractères</translation>
    </message>
    <message>
        <source>the password cannot be the login</source>
        <translation>le mot de passe ne peut pas être l’identifiant</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>le mot de passe actuel est faux</translation>
    </message>
    <message>
        <source>an administrator cannot disable their own account</source>
        <translation>un administrateur ne peut pas désactiver son propre compte</translation>
    </message>
    <message>
        <source>the window locks after 1 to {1} minutes idle</source>
        <translation>la fenêtre se verrouille après 1 à {1} minutes d’inactivité</translation>
    </message>
    <message>
        <source>is not a time of day</source>
        <translation>ce n’est pas une heure de la journée</translation>
    </message>
    <message>
        <source>must be between {1} minutes and {2} hours</source>
        <translation>entre {1} minutes et {2} heures</translation>
    </message>
    <message>
        <source>says what happened: the appointment has not begun yet</source>
        <translation>dit ce qui s’est passé, or le rendez-vous n’a pas encore commencé</translation>
    </message>
    <message>
        <source>appointment {1} is no longer planned</source>
        <translation>le rendez-vous {1} n’est plus prévu</translation>
    </message>
    <message>
        <source>appointment {1} has passed</source>
        <translation>le rendez-vous {1} est passé</translation>
    </message>
    <message>
        <source>starts before the period&apos;s entry on {1}</source>
        <translation>avant l’entrée dans le parcours, le {1}</translation>
    </message>
    <message>
        <source>ends before the pause starts on {1}</source>
        <translation>avant le début de la suspension, le {1}</translation>
    </message>
    <message>
        <source>is before the pause starts on {1}</source>
        <translation>avant le début de la suspension, le {1}</translation>
    </message>
    <message>
        <source>lies after the period&apos;s exit on {1}</source>
        <translation>après la sortie du parcours, le {1}</translation>
    </message>
    <message>
        <source>is required: a later pause follows</source>
        <translation>à remplir&#xa0;: une autre suspension suit</translation>
    </message>
    <message>
        <source>overlaps the pause before, which ends on {1}</source>
        <translation>empiète sur la suspension précédente, qui finit le {1}</translation>
    </message>
    <message>
        <source>is required once the period is closed</source>
        <translation>à remplir une fois le parcours clos</translation>
    </message>
    <message>
        <source>is only written at the exit</source>
        <translation>ne s’écrit qu’à la sortie</translation>
    </message>
    <message>
        <source>is before the entry on {1}</source>
        <translation>avant l’entrée, le {1}</translation>
    </message>
    <message>
        <source>is required to close a period</source>
        <translation>à remplir pour clore un parcours</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is not a known exit reason</source>
        <translation>«&#xa0;{1}&#xa0;» n’est pas un motif de sortie connu</translation>
    </message>
    <message>
        <source>is required to close a period: say how the follow-up ended</source>
        <translation>à remplir pour clore un parcours&#xa0;: dites comment l’accompagnement s’est terminé</translation>
    </message>
    <message>
        <source>must be between 1 and 120 months</source>
        <translation>entre 1 et 120 mois</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is already in the list: change that entry instead</source>
        <translation>«&#xa0;{1}&#xa0;» est déjà dans la liste&#xa0;: modifiez plutôt cette ligne</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is not in the list: add it first</source>
        <translation>«&#xa0;{1}&#xa0;» n’est pas dans la liste&#xa0;: ajoutez-le d’abord</translation>
    </message>
    <message>
        <source>&apos;{1}&apos; is not a known programme</source>
        <translation>«&#xa0;{1}&#xa0;» n’est pas un dispositif connu</translation>
    </message>
    <message>
        <source>the follow-up is still open: only a closed one is reopened</source>
        <translation>le suivi est encore ouvert&#xa0;: seul un suivi clos se rouvre</translation>
    </message>
    <message>
        <source>the follow-up is closed: its case file is read-only until it is reopened</source>
        <translation>le suivi est clos&#xa0;: son dossier est en lecture seule jusqu’à sa réouverture</translation>
    </message>
    <message>
        <source>period {1} is still open: its bilan is written at the exit</source>
        <translation>le parcours {1} est encore ouvert&#xa0;: son bilan s’écrit à la sortie</translation>
    </message>
    <message>
        <source>a second open period: the one before must be closed first</source>
        <translation>un second parcours ouvert&#xa0;: le précédent doit d’abord être clos</translation>
    </message>
    <message>
        <source>overlaps the period before, which ends on {1}</source>
        <translation>empiète sur le parcours précédent, qui finit le {1}</translation>
    </message>
    <message>
        <source>a closed period cannot be paused</source>
        <translation>un parcours clos ne se suspend pas</translation>
    </message>
    <message>
        <source>the follow-up is already paused since {1}</source>
        <translation>le suivi est déjà suspendu depuis le {1}</translation>
    </message>
    <message>
        <source>is before the end of the last pause, {1}</source>
        <translation>avant la fin de la dernière suspension, le {1}</translation>
    </message>
    <message>
        <source>the follow-up is not paused</source>
        <translation>le suivi n’est pas suspendu</translation>
    </message>
    <message>
        <source>is before the pause started on {1}</source>
        <translation>avant le début de la suspension, le {1}</translation>
    </message>
    <message>
        <source>this period is already closed</source>
        <translation>ce parcours est déjà clos</translation>
    </message>
    <message>
        <source>is before the pause under way, since {1}</source>
        <translation>avant la suspension en cours, depuis le {1}</translation>
    </message>
    <message>
        <source>the current period is still open</source>
        <translation>le parcours en cours est encore ouvert</translation>
    </message>
    <message>
        <source>is before the last period&apos;s exit on {1}</source>
        <translation>avant la sortie du dernier parcours, le {1}</translation>
    </message>
    <message>
        <source>this period has no pause {1}</source>
        <translation>ce parcours n’a pas de suspension {1}</translation>
    </message>
    <message>
        <source>is required: this pause has ended (a correction does not pause again)</source>
        <translation>à remplir&#xa0;: cette suspension est finie (une correction ne suspend pas de nouveau)</translation>
    </message>
    <message>
        <source>is set by resuming the follow-up, not by a correction</source>
        <translation>se renseigne en reprenant le suivi, pas par une correction</translation>
    </message>
    <message>
        <source>this period is still open: it is closed, not corrected</source>
        <translation>ce parcours est encore ouvert&#xa0;: il se clôt, il ne se corrige pas</translation>
    </message>
    <message>
        <source>the logo is larger than {1} KB</source>
        <translation>le logo dépasse {1} Ko</translation>
    </message>
    <message>
        <source>the logo is neither a PNG nor an SVG image</source>
        <translation>le logo n’est ni une image PNG ni une image SVG</translation>
    </message>
</context>
</TS>
