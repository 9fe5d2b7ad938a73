// The window locks after idle time or on Ctrl+L, saves first, hides everything, and opens only
// to a password; another user's password closes the first session.
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "services/AuditTrail.h"
#include "shell/MainWindow.h"
#include "signin/IdleWatcher.h"
#include "signin/LockScreen.h"
#include "support/Samples.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>

using namespace trame;
using namespace std::chrono;

namespace {
// Every text the window shows right now, in visible widgets.
QString visibleText(QWidget& window)
{
    QString all;
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->isVisible())
            all += label->text() + QLatin1Char('\n');
    return all + window.windowTitle();
}
} // namespace

TEST_CASE_METHOD(GuiFixture, "Ten idle minutes lock the window after saving what was typed", "[gui][lock]")
{
    MessageBox::setNonInteractive(true);
    const std::int64_t id = caseFiles.create(sampleRecord(0, "Zyqueldorf").person).value();
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCaseFile(id);
    CHECK(visibleText(window).contains(QStringLiteral("Zyqueldorf")));
    // An edit still waiting for the autosave when the lock comes.
    window.caseFileView()->document()->edit(QStringLiteral("situation"),
                                            [](CaseFile& c) { c.situation = "tapé à l'instant"; });

    clock.advance(minutes(9));
    window.idleWatcher()->check();
    CHECK_FALSE(window.isLocked());
    clock.advance(minutes(1));
    window.idleWatcher()->check();
    REQUIRE(window.isLocked());
    CHECK_FALSE(visibleText(window).contains(QStringLiteral("Zyqueldorf")));
    CHECK_FALSE(window.menuBar()->isEnabled());
    CHECK(caseFiles.open(id).value().caseFile.situation == "tapé à l'instant");
}

TEST_CASE_METHOD(GuiFixture, "Input keeps the window open, and Ctrl+L locks it at once", "[gui][lock]")
{
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    clock.advance(minutes(9));
    QTest::mouseMove(&window, QPoint(20, 20));
    clock.advance(minutes(9));
    window.idleWatcher()->check();
    CHECK_FALSE(window.isLocked());
    QAction* lock = window.findChild<QAction*>(QStringLiteral("actionLock"));
    CHECK(lock->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")));
    lock->trigger();
    CHECK(window.isLocked());
}

TEST_CASE_METHOD(GuiFixture, "The same user's password unlocks, and another user's closes the first session",
                 "[gui][lock]")
{
    const services::Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    MainWindow window(*workspace, clock, counsellor);
    std::vector<std::string> switched;
    QObject::connect(&window, &MainWindow::userSwitched,
                     [&](const services::Actor& next) { switched.push_back(next.login()); });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.lock();
    window.lockScreen()->unlockWith(QStringLiteral("cmartin"), QStringLiteral("pas le bon mot de passe"));
    CHECK(window.isLocked());
    CHECK_FALSE(window.lockScreen()->errorText().isEmpty());
    window.lockScreen()->unlockWith(QStringLiteral("cmartin"), QString::fromStdString(kTestPassword));
    CHECK_FALSE(window.isLocked());
    CHECK(window.menuBar()->isEnabled());
    CHECK(switched.empty());

    window.lock();
    window.lockScreen()->unlockWith(QStringLiteral("sup"), QString::fromStdString(kTestPassword));
    REQUIRE(switched.size() == 1);
    CHECK(switched.front() == "sup");
    AuditFilter filter;
    filter.action = AuditAction::SignOut;
    const auto out = services::AuditTrail(*workspace, clock, supervisor).list(filter).value();
    REQUIRE_FALSE(out.empty());
    CHECK(out.front().actorLogin == "cmartin");
}

TEST_CASE_METHOD(GuiFixture, "The lock delay set by the administrator applies", "[gui][lock]")
{
    const services::Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    REQUIRE(services::Accounts(*workspace, clock).setLockMinutes(admin, 3).ok());
    MainWindow window(*workspace, clock, counsellor);
    clock.advance(minutes(3));
    window.idleWatcher()->check();
    CHECK(window.isLocked());
}

TEST_CASE_METHOD(GuiFixture, "No shortcut acts behind the lock", "[gui][lock]")
{
    MessageBox::setNonInteractive(true);
    const std::int64_t id = caseFiles.create(sampleRecord(0).person).value();
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCaseFile(id);
    window.caseFileView()->document()->edit(QStringLiteral("situation"), [](CaseFile& c) { c.situation = "avant"; });
    window.lock();
    for (const char* name : {"actionNewBeneficiary", "actionUndo", "actionShowReferences", "actionLock", "actionQuit"})
        CHECK_FALSE(window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.caseFileView()->document()->caseFile().situation == "avant");
    window.lockScreen()->unlockWith(QStringLiteral("cmartin"), QString::fromStdString(kTestPassword));
    REQUIRE_FALSE(window.isLocked());
    CHECK(window.findChild<QAction*>(QStringLiteral("actionUndo"))->isEnabled());
    CHECK(window.findChild<QAction*>(QStringLiteral("actionNewBeneficiary"))->isEnabled());
}
