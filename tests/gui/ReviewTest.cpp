// The review through the screens: a counsellor submits, a supervisor comments on a section of a
// read-only file and requests changes, the counsellor reads the comment beside that section.
#include "AdministrationPage.h"
#include "AuditPage.h"
#include "BeneficiariesPage.h"
#include "CaseFileDocument.h"
#include "CaseFileView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReviewPanel.h"
#include "ReviewQueuePage.h"
#include "Translations.h"
#include "gui/GuiFixture.h"
#include "services/Backups.h"
#include "support/Samples.h"

#include <QAbstractItemModelTester>
#include <QPushButton>

using namespace trame;

TEST_CASE_METHOD(GuiFixture, "Submit, comment on a section, request changes, read the comment", "[gui][review]")
{
    Translations::install(QStringLiteral("en"));
    MessageBox::setNonInteractive(true);
    const std::int64_t id = caseFiles.create(sampleRecord(0).person).value();
    {
        MainWindow window(*workspace, clock, counsellor);
        window.openCaseFile(id);
        ReviewPanel* panel = window.caseFileView()->reviewPanel();
        REQUIRE(panel);
        CHECK(panel->findChild<QPushButton*>(QStringLiteral("submitButton"))->isVisibleTo(panel));
        CHECK_FALSE(panel->findChild<QPushButton*>(QStringLiteral("validateButton"))->isVisibleTo(panel));
        REQUIRE(panel->submit(QStringLiteral("Le plan me pose question")));
        CHECK_FALSE(panel->findChild<QPushButton*>(QStringLiteral("submitButton"))->isVisibleTo(panel));
        CHECK(window.caseFileView()->document()->caseFile().reviewState == ReviewState::Submitted);
    }
    {
        MainWindow window(*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup"));
        window.showPlace(MainWindow::Review);
        REQUIRE(window.reviewQueue()->rowCount() == 1);
        CHECK(window.reviewQueue()->beneficiaryAt(0) == id);
        // The counsellor's note reaches the supervisor, in the queue and beside the file.
        CHECK(window.reviewQueue()->noteAt(0) == QStringLiteral("Le plan me pose question"));
        window.openCaseFile(id);
        CaseFileView* view = window.caseFileView();
        CHECK(view->reviewPanel()->commentsText().contains(QStringLiteral("Le plan me pose question")));
        CHECK(view->document()->isReadOnly()); // a supervisor does not edit a counsellor's content
        view->showSection(3);
        ReviewPanel* panel = view->reviewPanel();
        REQUIRE(panel->comment(QStringLiteral("L'étape 2 n'a pas d'échéance.")));
        CHECK(panel->commentsText().contains(QStringLiteral("L'étape 2 n'a pas d'échéance.")));
        REQUIRE(panel->requestChanges(QStringLiteral("À reprendre")));
        window.showPlace(MainWindow::Review);
        CHECK(window.reviewQueue()->rowCount() == 0);
    }
    MainWindow window(*workspace, clock, counsellor);
    // At sign-in, the list says which files came back, and opens them.
    const QString returned = window.beneficiariesPage()->returnedText();
    CHECK(returned.contains(QStringLiteral("Changes requested by the supervisor on 1 case file")));
    CHECK(returned.contains(QStringLiteral("href=\"%1\"").arg(id)));
    window.openCaseFile(id);
    CaseFileView* view = window.caseFileView();
    CHECK(view->document()->caseFile().reviewState == ReviewState::ChangesRequested);
    view->showSection(0);
    CHECK_FALSE(view->reviewPanel()->commentsText().contains(QStringLiteral("échéance")));
    view->showSection(3);
    CHECK(view->reviewPanel()->commentsText().contains(QStringLiteral("L'étape 2 n'a pas d'échéance.")));
    CHECK(view->reviewPanel()->commentsText().contains(QStringLiteral("À reprendre")));
}

TEST_CASE_METHOD(GuiFixture, "The audit page lists entries newest first and filters by user", "[gui][audit]")
{
    Translations::install(QStringLiteral("en"));
    const std::int64_t id = caseFiles.create(sampleRecord(0).person).value();
    REQUIRE(caseFiles.open(id).ok());
    MainWindow window(*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup"));
    window.showPlace(MainWindow::Audit);
    AuditPage* page = window.auditPage();
    REQUIRE(page);
    QAbstractItemModelTester tester(const_cast<QStandardItemModel*>(&page->model()));
    REQUIRE(page->model().rowCount() > 2);
    CHECK(page->model().item(0, 1)->text() == QStringLiteral("sup")); // sup's sign-in is the newest
    page->setLoginFilter(QStringLiteral("cmartin"));
    page->refresh();
    REQUIRE(page->model().rowCount() >= 2);
    CHECK(page->model().item(0, 2)->text() == QStringLiteral("Case file opened"));
    CHECK(page->model().item(0, 3)->text() == QStringLiteral("Beneficiary %1").arg(id));
}

TEST_CASE_METHOD(GuiFixture, "The administration page manages accounts and the people's data rights",
                 "[gui][administration]")
{
    Translations::install(QStringLiteral("en"));
    MessageBox::setNonInteractive(true);
    const std::int64_t id = caseFiles.create(sampleRecord(0, "Zyqueldorf").person).value();
    MainWindow window(*workspace, clock, signInAs(*workspace, clock, Role::Administrator, "admin"));
    AdministrationPage* page = window.administrationPage();
    REQUIRE(page);
    QAbstractItemModelTester tester(const_cast<QStandardItemModel*>(&page->accountsModel()));
    REQUIRE(page->accountsModel().rowCount() == 2); // admin, cmartin
    CHECK(page->accountsModel().item(1, 0)->text() == QStringLiteral("cmartin"));
    for (int row = 0; row < 2; ++row)
        CHECK(page->accountsModel().item(row, 1)->text() != QStringLiteral("Zyqueldorf")); // no names of people
    page->selectAccount(1);
    page->toggleSelected();
    CHECK(page->accountsModel().item(1, 3)->text() == QStringLiteral("Disabled"));
    CHECK_FALSE(services::Accounts(*workspace, clock).signIn("cmartin", kTestPassword).ok());

    TempDir out;
    page->setPerson(id);
    REQUIRE(page->exportPerson(QString::fromStdString(out.file("person.json"))));
    CHECK(readFile(out.file("person.json")).find("trame-person/1") != std::string::npos);
    REQUIRE(page->backUp(QString::fromStdString(out.file("copy.sqlite"))));
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(page->erasePerson());
    // The confirmation names the person, so that a mistyped number shows.
    CHECK(MessageBox::lastText().contains(QStringLiteral("Zyqueldorf")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page->erasePerson());
    CHECK(readFile(path).find("Zyqueldorf") == std::string::npos);
    page->previewRetention();
    CHECK(page->retentionModel().rowCount() == 0);
}

TEST_CASE_METHOD(GuiFixture, "A supervisor gives a case file to another counsellor", "[gui][review]")
{
    Translations::install(QStringLiteral("en"));
    MessageBox::setNonInteractive(true);
    const std::int64_t id = caseFiles.create(sampleRecord(0).person).value();
    const services::Actor other = signInAs(*workspace, clock, Role::Counsellor, "autre");
    MainWindow supervisor(*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup"));
    CHECK(supervisor.findChild<QPushButton*>(QStringLiteral("reassignButton"))->isVisibleTo(&supervisor));
    CHECK_FALSE(supervisor.reassignTo(id, QStringLiteral("sup"))); // not a counsellor
    REQUIRE(supervisor.reassignTo(id, QStringLiteral("autre")));
    CHECK(caseFiles.open(id).error().kind == ErrorKind::Denied); // no longer cmartin's
    CHECK(services::CaseFiles(*workspace, clock, other).open(id).ok());
    MainWindow counsellorWindow(*workspace, clock, counsellor);
    CHECK_FALSE(
        counsellorWindow.findChild<QPushButton*>(QStringLiteral("reassignButton"))->isVisibleTo(&counsellorWindow));
}

TEST_CASE_METHOD(GuiFixture, "The administrator restores an automatic backup from the administration page",
                 "[gui][administration]")
{
    Translations::install(QStringLiteral("en"));
    MessageBox::setNonInteractive(true);
    REQUIRE(services::rotateBackups(*workspace, clock, true).ok());
    MainWindow window(*workspace, clock, signInAs(*workspace, clock, Role::Administrator, "admin"));
    window.showPlace(MainWindow::Administration);
    AdministrationPage* page = window.administrationPage();
    REQUIRE(page->backupCount() == 1);
    QString requested;
    QObject::connect(&window, &MainWindow::restoreRequested, [&](const QString& backup) { requested = backup; });
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(page->restoreSelected());
    CHECK(requested.isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page->restoreSelected());
    CHECK(requested.endsWith(QStringLiteral("trame-20261102T090000Z.sqlite")));
}
