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
        <translation>Dossiers d&apos;accompagnement pour les conseillers en insertion professionnelle, selon la trame du guide de bonnes pratiques : situation, attitude, méthodes et outils, plan d&apos;action, indicateurs.</translation>
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
        <translation>Trame : dossiers d&apos;accompagnement pour les conseillers en insertion professionnelle.</translation>
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
        <translation>Langue de l&apos;interface : fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
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
        <source>The people you accompany and their case files: situation, attitude, methods and tools, action plan, indicators and follow-up interviews.</source>
        <translation>Les personnes que vous accompagnez et leurs dossiers : situation, attitude, méthodes et outils, plan d&apos;action, indicateurs et entretiens de suivi.</translation>
    </message>
    <message>
        <source>The six worked cases of the good-practice guide, to learn the method from: read-only.</source>
        <translation>Les six cas étudiés du guide de bonnes pratiques, pour apprendre la méthode : en lecture seule.</translation>
    </message>
    <message>
        <source>Case files submitted by counsellors for a supervisor&apos;s review.</source>
        <translation>Les dossiers soumis par les conseillers à la relecture d&apos;un superviseur.</translation>
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
        <translation>Le fichier %1 n&apos;a pas pu être ouvert :
%2</translation>
    </message>
</context>
</TS>
