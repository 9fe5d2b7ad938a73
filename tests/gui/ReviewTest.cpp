// The review through the screens: a counsellor submits, a supervisor comments on a section of a
// read-only file and requests changes, the counsellor reads the comment beside that section.
#include "administration/AccountsTab.h"
#include "administration/AdministrationPage.h"
#include "administration/AuditPage.h"
#include "administration/BackupsTab.h"
#include "administration/DataRightsTab.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueuePage.h"
#include "services/Backups.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>

#include <filesystem>

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
    AccountsTab& accounts = page->accounts();
    QAbstractItemModelTester tester(const_cast<QStandardItemModel*>(&accounts.model()));
    REQUIRE(accounts.model().rowCount() == 2); // admin, cmartin
    CHECK(accounts.model().item(1, 0)->text() == QStringLiteral("cmartin"));
    for (int row = 0; row < 2; ++row)
        CHECK(accounts.model().item(row, 1)->text() != QStringLiteral("Zyqueldorf")); // no names of people
    accounts.selectAccount(1);
    accounts.findChild<QPushButton*>(QStringLiteral("toggleButton"))->click();
    CHECK(accounts.model().item(1, 3)->text() == QStringLiteral("Disabled"));
    CHECK_FALSE(services::Accounts(*workspace, clock).signIn("cmartin", kTestPassword).ok());

    // The files are asked for through the dialogs' seam, as a person would answer them.
    TempDir out;
    DataRightsTab& rights = page->rights();
    rights.setPerson(id);
    InputDialogs::setNextFileName(QString::fromStdString(out.file("person.json")));
    rights.findChild<QPushButton*>(QStringLiteral("exportPersonButton"))->click();
    CHECK(InputDialogs::lastSuggestion() == QStringLiteral("personne-%1.json").arg(id));
    CHECK(readFile(out.file("person.json")).find("trame-person/1") != std::string::npos);
    InputDialogs::setNextFileName(QString::fromStdString(out.file("copy.sqlite")));
    page->backups().findChild<QPushButton*>(QStringLiteral("backupButton"))->click();
    CHECK(std::filesystem::exists(out.file("copy.sqlite")));
    InputDialogs::setNextFileName(QString()); // cancelled: nothing written, nothing said
    CHECK_FALSE(page->backups().backUp());
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(rights.erasePerson());
    // The confirmation names the person, so that a mistyped number shows.
    CHECK(MessageBox::lastText().contains(QStringLiteral("Zyqueldorf")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(rights.erasePerson());
    CHECK(readFile(path).find("Zyqueldorf") == std::string::npos);
    rights.previewRetention();
    CHECK(rights.retentionModel().rowCount() == 0);
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
    // The button asks which counsellor through the dialogs' seam; cancelling changes nothing.
    supervisor.showPlace(MainWindow::Beneficiaries);
    auto* table = supervisor.findChild<BeneficiariesPage*>()->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* reassignButton = supervisor.findChild<QPushButton*>(QStringLiteral("reassignButton"));
    InputDialogs::setNextItem(-1);
    reassignButton->click();
    const QStringList offered = InputDialogs::lastItems();
    REQUIRE(offered.size() == 2);   // the active counsellors, never the supervisor
    CHECK(caseFiles.open(id).ok()); // still cmartin's
    const auto chosen = offered.indexOf(QStringLiteral("autre (autre)"));
    REQUIRE(chosen >= 0);
    InputDialogs::setNextItem(static_cast<int>(chosen));
    reassignButton->click();
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
    BackupsTab& page = window.administrationPage()->backups();
    REQUIRE(page.backupCount() == 1);
    QString requested;
    QObject::connect(&window, &MainWindow::restoreRequested, [&](const QString& backup) { requested = backup; });
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(page.restoreSelected());
    CHECK(requested.isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.restoreSelected());
    CHECK(requested.endsWith(QStringLiteral("trame-20261102T090000Z.sqlite")));
}
