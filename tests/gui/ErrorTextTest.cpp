#include "common/ErrorText.h"
#include "support/ManualClock.h"

#include "casefile/CaseFileView.h"
#include "common/MessageBox.h"
#include "common/RuleWords.h"
#include "domain/Account.h"
#include "domain/RuleText.h"
#include "domain/Text.h"
#include "gui/GuiFixture.h"
#include "services/Backups.h"
#include "shell/Launcher.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "storage/Migrator.h"
#include "support/Samples.h"

#include <QPlainTextEdit>

#include <filesystem>

using namespace trame;

TEST_CASE("Errors read in French and the technical detail is kept apart", "[gui][errors]")
{
    Translations::install(QStringLiteral("fr"));
    const Error busy{ErrorKind::Busy, "", "the database is locked by another program"};
    const QString text = ErrorText::of(busy);
    CHECK(text ==
          QStringLiteral("La base de données est utilisée par un autre programme ; réessayez dans un instant."));
    CHECK(ErrorText::details(busy).contains(QStringLiteral("locked")));
    // Shown in a message box, the detail is behind Qt's « Afficher les détails… ».
    MessageBox::setNonInteractive(true);
    MessageBox::warning(nullptr, QStringLiteral("Trame"), text, ErrorText::details(busy));
    CHECK(MessageBox::lastText() == text);
    CHECK(MessageBox::lastDetails() == ErrorText::details(busy));
    MessageBox::setNonInteractive(false);
    // A broken rule stays in view with its field: the person can act on it.
    // A rule of the domain, in French, with its field and its values; the English stays in the details.
    const Error shortPassword = validatePassword("court", "cmartin").error();
    CHECK(
        ErrorText::of(shortPassword) ==
        QStringLiteral("Une valeur n’est pas acceptée. Mot de passe\u00a0: un mot de passe a au moins 12 caractères."));
    CHECK(ErrorText::details(shortPassword) == QStringLiteral("password: a password has at least 12 characters"));
    const Error pause = ruleError("pause.from", {rules::kBeforeLastPauseEnd, {"2026-10-05"}});
    CHECK(ErrorText::of(pause) == QStringLiteral("Une valeur n’est pas acceptée. Début de la suspension\u00a0: avant "
                                                 "la fin de la dernière suspension, le 05/10/2026."));
    // Not one of the rules worded for people (a file's format, say): the French sentence alone.
    const QString invalid = ErrorText::of(Error{ErrorKind::Invalid, "beneficiaries[0]", "is not valid JSON"});
    CHECK(invalid == QStringLiteral("Une valeur n’est pas acceptée."));
    // An account disabled during its session: said plainly, not as a generic refusal.
    const QString disabled =
        ErrorText::of(Error{ErrorKind::Denied, "", "this account is disabled; its session has ended"});
    CHECK(disabled.startsWith(QStringLiteral("Votre compte a été désactivé par un administrateur")));
    // A server: the workstation's own password refused, and a connection lost.
    const QString refused =
        ErrorText::of(Error{ErrorKind::Denied, "", "cannot connect to the server (password authentication failed)"});
    CHECK(refused.startsWith(QStringLiteral("Le serveur a refusé ce poste")));
    const QString lost = ErrorText::of(Error{ErrorKind::Io, "", "the connection to the server was lost (EOF)"});
    CHECK(lost.startsWith(QStringLiteral("Connexion au serveur perdue")));
    CHECK(ErrorText::isLostConnection(Error{ErrorKind::Io, "", "the connection to the server was lost"}));
    CHECK_FALSE(ErrorText::isLostConnection(Error{ErrorKind::Io, "", "the disk is full"}));
    Translations::install(QStringLiteral("en"));
}

TEST_CASE_METHOD(GuiFixture, "Over-long text is refused with a clear state and nothing stored", "[gui][errors]")
{
    Translations::install(QStringLiteral("fr"));
    const auto id = caseFiles.create(sampleRecord(0).person);
    REQUIRE(id.ok());
    MainWindow window(*workspace, clock, counsellor);
    window.openCaseFile(*id);
    auto* situation = window.caseFileView()->findChild<QPlainTextEdit*>(QStringLiteral("situationEdit"));
    situation->setPlainText(QString(static_cast<int>(limits::kLong) + 1, QLatin1Char('x')));
    CHECK_FALSE(window.caseFileView()->flush());
    CHECK(window.saveState().startsWith(QStringLiteral("NON ENREGISTRÉ : Une valeur n’est pas acceptée.")));
    CHECK(window.saveState().contains(QStringLiteral("Situation\u00a0: 20001 caractères, plus que les 20000 permis")));
    CHECK(caseFiles.open(*id)->caseFile.situation.empty());
    // Shortening it saves.
    situation->setPlainText(QStringLiteral("Plus court"));
    CHECK(window.caseFileView()->flush());
    CHECK(caseFiles.open(*id)->caseFile.situation == "Plus court");
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("A damaged database is refused, and the latest automatic backup offered", "[gui][backups]")
{
    MessageBox::setNonInteractive(true);
    TempDir dir;
    const std::string path = dir.file("trame.sqlite");
    const trame::services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 2));
    {
        auto workspace = trame::services::Workspace::open(path).value();
        REQUIRE(trame::services::rotateBackups(*workspace, clock, true).ok());
    }
    const std::string garbage(8192, 'x');
    writeFile(path, garbage);
    std::filesystem::remove(path + "-wal");

    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(openOrRestore(QString::fromStdString(path), clock));
    CHECK(readFile(path) == garbage); // refused, never written to

    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto restored = openOrRestore(QString::fromStdString(path), clock);
    REQUIRE(restored);
    CHECK(restored->schemaVersion() == trame::storage::latestSchemaVersion());
    CHECK(readFile(path + ".before-restore-20261102T000000Z") == garbage); // the damaged file is kept
}

TEST_CASE("Every rule of the domain a person can break has its French", "[gui][errors][translations]")
{
    Translations::install(QStringLiteral("fr"));
    for (const char* rule : rules::kAll) {
        const QString english = QString::fromUtf8(rule);
        const QString french = RuleWords::ruleOf(rule);
        INFO(rule);
        CHECK(french != english);
        for (int n = 1; n <= 3; ++n) // the same values, each put in
            CHECK(english.contains(QStringLiteral("{%1}").arg(n)) == french.contains(QStringLiteral("{%1}").arg(n)));
    }
    Translations::install(QStringLiteral("en"));
}
