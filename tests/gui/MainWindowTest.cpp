#include "MainWindow.h"

#include "services/Workspace.h"
#include "support/TempDir.h"
#include "Translations.h"

#include <QAction>
#include <QStatusBar>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
std::unique_ptr<trame::services::Workspace> openWorkspace(const TempDir& dir)
{
    auto workspace = trame::services::Workspace::open(dir.file("gui.sqlite"));
    REQUIRE(workspace.ok());
    return std::move(workspace).value();
}
} // namespace

TEST_CASE("The main window offers the three places of the application", "[gui][mainwindow]")
{
    Translations::install(QStringLiteral("en"));
    TempDir dir;
    auto workspace = openWorkspace(dir);
    MainWindow window(*workspace);
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

TEST_CASE("Keyboard shortcuts and the list both move between places", "[gui][mainwindow]")
{
    TempDir dir;
    auto workspace = openWorkspace(dir);
    MainWindow window(*workspace);
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

TEST_CASE("The status bar names the database in use", "[gui][mainwindow]")
{
    Translations::install(QStringLiteral("en"));
    TempDir dir;
    auto workspace = openWorkspace(dir);
    MainWindow window(*workspace);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("gui.sqlite")));
}
