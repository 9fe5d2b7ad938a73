// Trame on a team server: a colleague's save shows in the window; a server that stops answering
// suspends editing as « connexion perdue », keeps what was typed, and saves it once it answers.
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "common/AppClock.h"
#include "common/MessageBox.h"
#include "services/CaseFiles.h"
#include "services/Workspace.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/ManualClock.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"
#include "support/Users.h"

#include <QLabel>
#include <QStatusBar>
#include <QtTest/QTest>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace trame;

namespace {

// A server database owned by a role of its own, which the test can stop from connecting: a
// superuser (the suite's) would be let in whatever happens.
struct ServerGuiFixture {
    TempDir dir;
    TestDatabase database{dir, "unused"};
    std::string role = "trame_gui_" + std::to_string(::getpid());
    std::string uri;
    services::ManualClock clock{std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                                std::chrono::hours(9)};

    ServerGuiFixture()
    {
        runAsTestServerAdmin("postgres", "DROP ROLE IF EXISTS " + role + "; CREATE ROLE " + role +
                                             " LOGIN PASSWORD 'gui-test'; ALTER DATABASE " + database.serverName() +
                                             " OWNER TO " + role);
        runAsTestServerAdmin(database.serverName(), "ALTER SCHEMA public OWNER TO " + role);
        uri = testServerUri(database.serverName(), role, "gui-test");
        AppClock::set(&clock);
    }
    ~ServerGuiFixture()
    {
        AppClock::set(nullptr);
        (void)database; // dropped first, then its owner
    }
    void allowConnections(bool allowed) const
    {
        runAsTestServerAdmin("postgres", "ALTER ROLE " + role + (allowed ? " LOGIN" : " NOLOGIN"));
        if (!allowed)
            runAsTestServerAdmin(
                "postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
    }
};

} // namespace

TEST_CASE_METHOD(ServerGuiFixture, "A colleague's save shows in the list and on the open case file", "[gui][server]")
{
    MessageBox::setNonInteractive(true);
    auto workspace = services::Workspace::open(uri).value();
    const services::Actor me = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    services::CaseFiles mine(*workspace, clock, me);
    const std::int64_t id = mine.create(sampleRecord(0).person).value();
    MainWindow window(*workspace, clock, me);
    window.show();
    window.openCaseFile(id);
    REQUIRE(window.caseFileView() != nullptr);

    auto elsewhere = services::Workspace::open(uri).value(); // another workstation
    const services::Actor colleague = signInAs(*elsewhere, clock, Role::Counsellor, "cmartin");
    services::CaseFiles theirs(*elsewhere, clock, colleague);
    auto opened = theirs.open(id).value();
    opened.caseFile.situation = "Mis à jour par une collègue";
    REQUIRE(theirs.saveCaseFile(opened.caseFile).ok());

    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("coll")), 5000);
    const QString said = window.statusBar()->currentMessage(); // in the language the suite runs in
    CHECK((said.contains(QStringLiteral("this case file")) || said.contains(QStringLiteral("ce dossier"))));
}

TEST_CASE_METHOD(ServerGuiFixture, "A lost server suspends editing, keeps what was typed, and saves when it is back",
                 "[gui][server]")
{
    MessageBox::setNonInteractive(true);
    auto workspace = services::Workspace::open(uri).value();
    const services::Actor me = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    const std::int64_t id = services::CaseFiles(*workspace, clock, me).create(sampleRecord(0).person).value();
    MainWindow window(*workspace, clock, me);
    window.show();
    window.openCaseFile(id);
    CaseFileView* view = window.caseFileView();
    REQUIRE(view != nullptr);

    allowConnections(false);
    view->document()->edit(QStringLiteral("situation"), [](CaseFile& c) { c.situation = "tapé pendant la coupure"; });
    CHECK_FALSE(view->flush());
    CHECK(window.isWritingSuspended());
    CHECK(view->isEditingSuspended());
    const QString banner = window.findChild<QLabel*>(QStringLiteral("writeFailureLabel"))->text();
    CHECK((banner.contains(QStringLiteral("Connection to the server lost")) ||
           banner.contains(QStringLiteral("Connexion au serveur perdue"))));

    allowConnections(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingSuspended(), 8000); // tried again by itself
    CHECK_FALSE(view->isEditingSuspended());
    auto check = services::Workspace::open(uri).value();
    const services::Actor reader = signInAs(*check, clock, Role::Counsellor, "cmartin");
    CHECK(services::CaseFiles(*check, clock, reader).open(id).value().caseFile.situation == "tapé pendant la coupure");
}
