#include "ErrorText.h"

#include "MainWindow.h"
#include "CaseFileView.h"
#include "Translations.h"
#include "domain/Text.h"
#include "gui/GuiFixture.h"
#include "support/Samples.h"

#include <QPlainTextEdit>

using namespace trame;

TEST_CASE("Errors read in French, with the detail kept", "[gui][errors]")
{
    Translations::install(QStringLiteral("fr"));
    const QString text = ErrorText::of(Error{ErrorKind::Busy, "", "the database is locked by another program"});
    CHECK(text.startsWith(QStringLiteral("La base de données est utilisée par un autre programme")));
    CHECK(text.contains(QStringLiteral("locked")));
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
    CHECK(window.saveState().startsWith(QStringLiteral("NON ENREGISTRÉ : Une valeur n'est pas acceptée.")));
    CHECK(window.saveState().contains(QStringLiteral("situation")));
    CHECK(caseFiles.open(*id)->caseFile.situation.empty());
    // Shortening it saves.
    situation->setPlainText(QStringLiteral("Plus court"));
    CHECK(window.caseFileView()->flush());
    CHECK(caseFiles.open(*id)->caseFile.situation == "Plus court");
    Translations::install(QStringLiteral("en"));
}
