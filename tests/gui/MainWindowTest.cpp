#include "MainWindow.h"

#include "gui/GuiFixture.h"
#include "Translations.h"

#include <QAction>
#include <QStatusBar>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch.hpp>


TEST_CASE_METHOD(GuiFixture, "The main window offers the three places of the application", "[gui][mainwindow]")
{
    Translations::install(QStringLiteral("en"));
    MainWindow window(*workspace, caseFiles);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    REQUIRE(navigation->count() == 3);
    CHECK(navigation->item(0)->text() == QStringLiteral("Beneficiaries"));
    CHECK(navigation->item(1)->text() == QStringLiteral("Reference cases"));
    CHECK(navigation->item(2)->text() == QStringLiteral("Review"));
    CHECK(window.currentPlace() == MainWindow::Beneficiaries);
}

TEST_CASE_METHOD(GuiFixture, "Keyboard shortcuts and the list both move between places", "[gui][mainwindow]")
{
    MainWindow window(*workspace, caseFiles);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(pages);

    window.findChild<QAction*>(QStringLiteral("actionShowReview"))->trigger();
    CHECK(window.currentPlace() == MainWindow::Review);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("reviewPage"));

    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
    CHECK(window.currentPlace() == MainWindow::ReferenceCases);
    CHECK(window.findChild<QAction*>(QStringLiteral("actionShowReferences"))->shortcut() ==
          QKeySequence(QStringLiteral("Ctrl+2")));
}

TEST_CASE_METHOD(GuiFixture, "The status bar names the database in use", "[gui][mainwindow]")
{
    Translations::install(QStringLiteral("en"));
    MainWindow window(*workspace, caseFiles);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("gui.sqlite")));
}
