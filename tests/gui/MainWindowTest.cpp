#include "shell/MainWindow.h"

#include "casefile/CaseFileView.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QAction>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
// Which places each role sees, in the navigation's order.
std::vector<bool> places(const MainWindow& window)
{
    std::vector<bool> shown;
    for (auto place : {MainWindow::Beneficiaries, MainWindow::Agenda, MainWindow::ReferenceCases, MainWindow::Review,
                       MainWindow::Audit, MainWindow::Administration})
        shown.push_back(window.isPlaceAvailable(place));
    return shown;
}
} // namespace

TEST_CASE_METHOD(GuiFixture, "Each role sees the places it has a use for, and the guide needs no account",
                 "[gui][mainwindow]")
{
    Translations::install(QStringLiteral("en"));
    MainWindow mine(*workspace, clock, counsellor);
    auto* navigation = mine.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation->count() == 6);
    CHECK(navigation->item(0)->text() == QStringLiteral("Beneficiaries"));
    CHECK(navigation->item(1)->text() == QStringLiteral("Agenda"));
    CHECK(navigation->item(5)->text() == QStringLiteral("Administration"));
    CHECK(places(mine) == std::vector<bool>{true, true, true, false, false, false});
    CHECK(mine.currentPlace() == MainWindow::Beneficiaries);
    CHECK(mine.windowTitle() == QStringLiteral("Trame — cmartin (Counsellor)"));

    MainWindow supervisor(*workspace, clock, signInAs(*workspace, clock, trame::Role::Supervisor, "sup"));
    CHECK(places(supervisor) == std::vector<bool>{true, true, true, true, true, false});
    MainWindow trainee(*workspace, clock, signInAs(*workspace, clock, trame::Role::Trainee, "stag"));
    CHECK(places(trainee) == std::vector<bool>{false, false, true, false, false, false});
    CHECK(trainee.currentPlace() == MainWindow::ReferenceCases);
    MainWindow admin(*workspace, clock, signInAs(*workspace, clock, trame::Role::Administrator, "admin"));
    CHECK(places(admin) == std::vector<bool>{false, false, true, false, true, true});
    CHECK(admin.currentPlace() == MainWindow::Administration);
    MainWindow guide(*workspace, clock, std::nullopt);
    CHECK(places(guide) == std::vector<bool>{false, false, true, false, false, false});
    CHECK_FALSE(guide.findChild<QAction*>(QStringLiteral("actionLock"))->isVisible());
}

TEST_CASE_METHOD(GuiFixture, "Keyboard shortcuts and the list both move between places", "[gui][mainwindow]")
{
    MainWindow window(*workspace, clock, signInAs(*workspace, clock, trame::Role::Supervisor, "sup"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(pages);

    window.findChild<QAction*>(QStringLiteral("actionShowReview"))->trigger();
    CHECK(window.currentPlace() == MainWindow::Review);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("reviewPage"));

    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(2);
    CHECK(window.currentPlace() == MainWindow::ReferenceCases);
    CHECK(window.findChild<QAction*>(QStringLiteral("actionShowReferences"))->shortcut() ==
          QKeySequence(QStringLiteral("Ctrl+3")));
    window.findChild<QAction*>(QStringLiteral("actionShowAgenda"))->trigger();
    CHECK(window.currentPlace() == MainWindow::Agenda);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("agendaPage"));
}

TEST_CASE_METHOD(GuiFixture, "The status bar names the database in use", "[gui][mainwindow]")
{
    Translations::install(QStringLiteral("en"));
    MainWindow window(*workspace, clock, counsellor);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("gui.sqlite")));
}

TEST_CASE_METHOD(GuiFixture, "A counsellor disabled during the session is told so in French, and nothing opens",
                 "[gui][mainwindow][accounts]")
{
    Translations::install(QStringLiteral("fr"));
    MessageBox::setNonInteractive(true);
    const auto id = caseFiles.create(sampleRecord(0).person);
    REQUIRE(id.ok());
    MainWindow window(*workspace, clock, counsellor);
    const trame::services::Actor admin = signInAs(*workspace, clock, trame::Role::Administrator, "admin");
    REQUIRE(trame::services::Accounts(*workspace, clock).setActive(admin, counsellor.accountId(), false).ok());
    window.openCaseFile(*id);
    CHECK(window.caseFileView() == nullptr);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Votre compte a été désactivé par un administrateur")));
    MessageBox::setNonInteractive(false);
    Translations::install(QStringLiteral("en"));
}
