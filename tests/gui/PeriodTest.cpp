// The support period from the keyboard, as a counsellor works it: pause, resume, close with a
// reason and a bilan, find the file among closed ones, reopen it. Each step is read back from a
// second connection to the file, as the next start of Trame would read it.
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/NewBeneficiaryDialog.h"
#include "casefile/CaseFileDocument.h"
#include "common/Conversions.h"
#include "gui/ModalDialog.h"
#include "gui/PeriodSteps.h"
#include "gui/TypingFixture.h"
#include "gui/Typist.h"
#include "periods/BilanModel.h"
#include "periods/CloseDialog.h"
#include "periods/EntryDialog.h"
#include "periods/PauseDialog.h"
#include "review/ReviewPanel.h"
#include "services/SupportPeriods.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>

using namespace trame;

TEST_CASE_METHOD(TypingFixture, "A counsellor pauses resumes closes with a bilan and reopens from the keyboard",
                 "[gui][periods]")
{
    // An obstacle for the bilan to carry.
    CaseFile content = stored();
    Obstacle licence;
    licence.category = ObstacleCategory::Mobility;
    licence.description = "Pas de permis de conduire";
    content.obstacles.push_back(licence);
    REQUIRE(caseFiles.saveCaseFile(content).ok());
    window.openCaseFile(id);
    CaseFileView* view = window.caseFileView();
    view->focusFirstField();
    Typist::press(Qt::Key_8, Qt::AltModifier);
    REQUIRE(view->currentSection() == kPeriod);
    CHECK(status(*view).contains(QStringLiteral("en cours depuis le 02/11/2026")));

    // Pause: Alt+S, the day stays today, an expected end, a reason, Enter.
    Typist::press(Qt::Key_S, Qt::AltModifier);
    openedDialog<PauseDialog>();
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("15/12/2026"));
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("Hospitalisation"));
    Reload paused(window);
    Typist::press(Qt::Key_Return);
    view = paused.wait();
    CHECK(view->currentSection() == kPeriod);
    CHECK(status(*view).contains(QStringLiteral("suspendu depuis le 02/11/2026")));
    {
        const SupportPeriod saved = onDisk(path, clock, counsellor, id).back();
        REQUIRE(saved.openPause());
        CHECK(saved.openPause()->reason == "Hospitalisation");
        CHECK(saved.openPause()->expectedEnd == Date(2026, 12, 15));
    }

    // Resume: Alt+P, and yes.
    clock.advance(std::chrono::days(20));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Reload resumed(window);
    Typist::press(Qt::Key_P, Qt::AltModifier);
    view = resumed.wait();
    CHECK(onDisk(path, clock, counsellor, id).back().pauses.back().until == Date(2026, 11, 22));
    CHECK(status(*view).contains(QStringLiteral("en cours")));

    // Close: Alt+C; Enter at once is refused for want of a reason, and nothing is stored.
    Typist::press(Qt::Key_C, Qt::AltModifier);
    auto* close = openedDialog<CloseDialog>();
    Typist::press(Qt::Key_Return);
    auto* error = close->findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->text() == QStringLiteral("Choisissez le motif de sortie."));
    auto* reason = close->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    CHECK(reason->hasFocus());
    CHECK(onDisk(path, clock, counsellor, id).back().isOpen());
    // The first reason of the list, the obstacle lifted, the counsellor's words, then OK.
    Typist::press(Qt::Key_Down);
    const std::string chosen = ss(reason->currentData().toString());
    REQUIRE(!chosen.empty());
    Typist::press(Qt::Key_B, Qt::AltModifier);
    Typist::press(Qt::Key_Space);
    CHECK(close->outcomes()->item(1, BilanModel::OutcomeColumn)->text() == QStringLiteral("Levé"));
    Typist::press(Qt::Key_V, Qt::AltModifier);
    Typist::type(QStringLiteral("A trouvé un emploi de gardienne à 10 minutes à pied."));
    Typist::press(Qt::Key_Tab);
    Reload closed(window);
    Typist::press(Qt::Key_Return);
    view = closed.wait();
    CHECK(status(*view).contains(QStringLiteral("clôturé le 22/11/2026")));
    CHECK(view->document()->isReadOnly());
    {
        const SupportPeriod saved = onDisk(path, clock, counsellor, id).back();
        REQUIRE(saved.exit);
        CHECK(saved.exit->reason == chosen);
        REQUIRE(saved.bilan);
        CHECK(saved.bilan->text == "A trouvé un emploi de gardienne à 10 minutes à pied.");
        REQUIRE(saved.bilan->obstacles.size() == 1);
        CHECK(saved.bilan->obstacles[0].lifted);
    }
    CHECK(caseFiles.open(id).value().person.status == BeneficiaryStatus::Closed);

    // Reopen: Alt+O, the entry is today with the same programme; Enter.
    clock.advance(std::chrono::days(10));
    Typist::press(Qt::Key_O, Qt::AltModifier);
    openedDialog<EntryDialog>();
    Reload reopened(window);
    Typist::press(Qt::Key_Return);
    view = reopened.wait();
    CHECK(!view->document()->isReadOnly());
    CHECK(status(*view).contains(QStringLiteral("en cours depuis le 02/12/2026")));
    const auto history = onDisk(path, clock, counsellor, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].exit->reason == chosen); // the old period whole
    CHECK(history[0].bilan->text == "A trouvé un emploi de gardienne à 10 minutes à pied.");
    CHECK(history[1].isOpen());
    CHECK(history[1].programme == history[0].programme);
    CHECK(caseFiles.open(id).value().person.status == BeneficiaryStatus::Active);
}

TEST_CASE_METHOD(TypingFixture, "Correcting the entry stores the programme prescriber and situation", "[gui][periods]")
{
    view().showSection(kPeriod);
    view().findChild<QPushButton*>(QStringLiteral("entryButton"))->setFocus();
    Typist::press(Qt::Key_N, Qt::AltModifier);
    auto* entry = openedDialog<EntryDialog>();
    auto* programme = entry->findChild<QComboBox*>(QStringLiteral("programmeCombo"));
    programme->setCurrentIndex(programme->findData(QStringLiteral("plie")));
    Typist::press(Qt::Key_P, Qt::AltModifier);
    Typist::type(QStringLiteral("Mme Lefèvre"));
    auto* education = entry->findChild<QComboBox*>(QStringLiteral("educationLevelCombo"));
    education->setCurrentIndex(education->findData(QStringLiteral("3")));
    entry->findChild<QCheckBox*>(QStringLiteral("flag_qpv"))->setChecked(true);
    entry->findChild<QLineEdit*>(QStringLiteral("resourcesEdit"))->setText(QStringLiteral(" RSA , ,ASS"));
    CaseFileView* shown = &view();
    Reload reload(window);
    Typist::press(Qt::Key_Return);
    shown = reload.wait();
    const SupportPeriod saved = onDisk(path, clock, counsellor, id).back();
    CHECK(saved.programme == "plie");
    CHECK(saved.prescriberName == "Mme Lefèvre");
    CHECK(saved.entry.educationLevel == "3");
    CHECK(saved.entry.participantFlags == std::vector<std::string>{"qpv"});
    CHECK(saved.entry.resources == std::vector<std::string>{"RSA", "ASS"});
    CHECK(status(*shown).contains(QStringLiteral("PLIE")));
}

TEST_CASE_METHOD(TypingFixture, "A pause that ends before it starts is refused in the dialog and nothing is stored",
                 "[gui][periods]")
{
    view().showSection(kPeriod);
    auto* button = view().findChild<QPushButton*>(QStringLiteral("pauseButton"));
    button->setFocus();
    Typist::press(Qt::Key_S, Qt::AltModifier);
    auto* pause = openedDialog<PauseDialog>();
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("01/10/2026")); // before today's start
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("Formation"));
    Typist::press(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == pause);
    CHECK(pause->findChild<QLabel*>(QStringLiteral("errorLabel"))
              ->text()
              .startsWith(QStringLiteral("Cette date n’est pas possible.")));
    CHECK(pause->findChild<QLineEdit*>(QStringLiteral("expectedEndEdit"))->hasFocus());
    CHECK(onDisk(path, clock, counsellor, id).back().pauses.empty());
    Typist::press(Qt::Key_Escape);
}

TEST_CASE_METHOD(GuiFixture, "A supervisor reads the period and has no step to take", "[gui][periods]")
{
    const std::int64_t id = caseFiles.create(TypingFixture::newPerson()).value();
    MainWindow window{*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup")};
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    view.showSection(kPeriod);
    CHECK(status(view).contains(QStringLiteral("under way")));
    for (const char* name : {"pauseButton", "resumeButton", "closeButton", "reopenButton", "entryButton"})
        CHECK_FALSE(view.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled());
}

TEST_CASE_METHOD(GuiFixture, "A follow-up past its programme's maximum length says so on its page", "[gui][periods]")
{
    SupportPeriod plie;
    plie.entryDate = Date(2023, 9, 1); // PLIE: 36 months at most
    plie.programme = "plie";
    const std::int64_t id = caseFiles.create(TypingFixture::newPerson(), plie).value();
    MainWindow window{*workspace, clock, counsellor};
    // The list says it first, in its own column, in red.
    auto* list = window.beneficiariesPage()->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(list->model()->rowCount() == 1);
    const QModelIndex cell = list->model()->index(0, BeneficiaryListModel::AlertColumn);
    CHECK(cell.data().toString() == QStringLiteral("Past the programme's maximum length"));
    CHECK(cell.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20));
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    view.showSection(kPeriod);
    auto* alert = view.findChild<QLabel*>(QStringLiteral("alertLabel"));
    CHECK(alert->isVisibleTo(&view));
    CHECK(alert->text().contains(QStringLiteral("maximum length")));
}

TEST_CASE_METHOD(GuiFixture, "A closed follow-up is read-only and offers no submission for review", "[gui][periods]")
{
    const std::int64_t id = caseFiles.create(TypingFixture::newPerson()).value();
    Bilan bilan;
    bilan.text = "Entrée en formation qualifiante.";
    REQUIRE(services::SupportPeriods(*workspace, clock, counsellor)
                .close(id, {clock.today(), "formation", FseSituation::InTraining}, bilan)
                .ok());
    MainWindow window{*workspace, clock, counsellor};
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    CHECK(view.document()->isReadOnly());
    CHECK(view.document()->isPersonReadOnly());
    ReviewPanel* panel = view.reviewPanel();
    CHECK_FALSE(panel->findChild<QPushButton*>(QStringLiteral("submitButton"))->isVisibleTo(panel));
    view.showSection(kPeriod);
    CHECK(view.findChild<QPushButton*>(QStringLiteral("reopenButton"))->isEnabled());
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("closeButton"))->isEnabled());
}

TEST_CASE_METHOD(GuiFixture, "A person created in a programme starts their follow-up in it", "[gui][periods]")
{
    services::SupportPeriods periods(*workspace, clock, counsellor);
    NewBeneficiaryDialog dialog(caseFiles);
    dialog.offerProgrammes(periods.programmes().value());
    auto* programme = dialog.findChild<QComboBox*>(QStringLiteral("programmeCombo"));
    CHECK(programme->currentData().toString() == QStringLiteral("autre"));
    programme->setCurrentIndex(programme->findData(QStringLiteral("iae_aci")));
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Moussa"));
    dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Cissé"));
    dialog.findChild<QLineEdit*>(QStringLiteral("prescriberEdit"))->setText(QStringLiteral(" France Travail "));
    REQUIRE(dialog.submit());
    const SupportPeriod started = periods.history(dialog.createdId()).value().back();
    CHECK(started.programme == "iae_aci");
    CHECK(started.prescriberOrganisation == "France Travail");
    CHECK(started.entryDate == clock.today());
    CHECK(started.referent == "cmartin");
}
