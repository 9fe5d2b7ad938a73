// The counsellor's day, driven through the real widgets, offscreen.
#include "casefile/CaseFileView.h"

#include "beneficiaries/NewBeneficiaryDialog.h"
#include "casefile/CaseFileDocument.h"
#include "casefile/FollowUpPage.h"
#include "casefile/ListEditor.h"
#include "casefile/SectionTableModel.h"
#include "common/AutoSaver.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "interviews/InterviewForm.h"
#include "interviews/InterviewTemplateModel.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace trame;

namespace {
SectionTableModel* listModel(QWidget& root, const char* name)
{
    auto* editor = root.findChild<ListEditor*>(QString::fromLatin1(name));
    REQUIRE(editor);
    return editor->model();
}

// Adds a row at the end and fills its cells, column by column.
void addRow(QWidget& root, const char* list, const QVariantList& cells)
{
    SectionTableModel* model = listModel(root, list);
    const int row = model->rowCount();
    REQUIRE(model->addItem(row));
    for (int column = 0; column < cells.size(); ++column)
        if (cells[column].isValid())
            REQUIRE(model->setData(model->index(row, column), cells[column], Qt::EditRole));
}

void type(QWidget& root, const char* name, const QString& text)
{
    auto* edit = root.findChild<QPlainTextEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    edit->setFocus();
    // QTest::keyClicks only knows ASCII: accented letters are sent as key events carrying text.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

std::int64_t createPerson(services::CaseFiles& caseFiles)
{
    NewBeneficiaryDialog dialog(caseFiles);
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Élodie"));
    dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Martin"));
    REQUIRE(dialog.submit());
    return dialog.createdId();
}
} // namespace

TEST_CASE_METHOD(GuiFixture, "A counsellor fills every page and finds it all after closing", "[gui][workflow]")
{
    Translations::install(QStringLiteral("fr"));
    MessageBox::setNonInteractive(true);
    const std::int64_t id = createPerson(caseFiles);
    {
        MainWindow window(*workspace, clock, counsellor);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.openCaseFile(id);
        CaseFileView& view = *window.caseFileView();
        view.showSection(3); // the plan's page, so that its table can take the keyboard

        type(view, "problemEdit", QStringLiteral("Frein à la mobilité"));
        type(view, "situationEdit", QStringLiteral("Titulaire d'un CAP, sans permis."));
        addRow(view, "obstacles", {QStringLiteral("mobility"), QStringLiteral("Pas de permis de conduire")});
        addRow(view, "attitude",
               {QStringLiteral("reformulation"), QStringLiteral("Reformuler"), QStringLiteral("Redire ses mots"),
                QStringLiteral("« C'est bien cela ? »")});
        addRow(view, "tools",
               {QStringLiteral("covoiturage"), QStringLiteral("Covoiturage"), QStringLiteral("Plateforme locale")});
        addRow(view, "referrals",
               {QStringLiteral("wimoov"), QStringLiteral("Diagnostic mobilité"), QStringLiteral("contacted")});
        addRow(view, "plan", {QStringLiteral("Rencontre Wimoov"), QVariant(), QDate(2026, 11, 20)});
        addRow(view, "plan", {QStringLiteral("Dossier de financement")});
        addRow(view, "plan", {QStringLiteral("Inscription auto-école")});
        addRow(view, "indicators", {QStringLiteral("Permis obtenu"), QStringLiteral("Dans 6 mois")});
        addRow(view, "adminAdvice", {QStringLiteral("Constituer le dossier d'aide")});

        // Reorder by keyboard: the third step moves up.
        auto* plan = view.findChild<ListEditor*>(QStringLiteral("plan"));
        plan->table()->setFocus();
        plan->table()->setCurrentIndex(plan->model()->index(2, 0));
        QTest::keyClick(plan->table(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);

        view.findChild<QGroupBox*>(QStringLiteral("rhythmBox"))->setChecked(true);
        auto* unit = view.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(QStringLiteral("week")));
        view.findChild<QSpinBox*>(QStringLiteral("countSpin"))->setValue(2);

        REQUIRE(view.flush()); // the obstacle now has an id a step can point to
        const auto obstacleId = view.document()->caseFile().obstacles.at(0).id;
        REQUIRE(obstacleId > 0);
        REQUIRE(plan->model()->setData(plan->model()->index(0, 5), static_cast<qlonglong>(obstacleId), Qt::EditRole));

        auto* followUp = view.findChild<FollowUpPage*>();
        followUp->newInterview();
        auto* form = view.findChild<InterviewForm*>();
        InterviewTemplateModel* items = form->itemsModel();
        const QModelIndex initial = items->index(0, 0);
        REQUIRE(items->setData(items->index(0, 2, initial), QStringLiteral("Électricien confirmé"), Qt::EditRole));
        type(view, "selfAssessmentEdit", QStringLiteral("J'y crois."));
        window.closeCaseFile();
        CHECK(window.saveState().startsWith(QStringLiteral("Enregistré à ")));
    }

    {
        // Reopened in a new window, the pages show what was typed.
        MainWindow window(*workspace, clock, counsellor);
        window.openCaseFile(id);
        CaseFileView& view = *window.caseFileView();
        CHECK(view.findChild<QPlainTextEdit*>(QStringLiteral("situationEdit"))->toPlainText() ==
              QStringLiteral("Titulaire d'un CAP, sans permis."));
        CHECK(listModel(view, "plan")->rowCount() == 3);
        CHECK(listModel(view, "plan")->data(listModel(view, "plan")->index(1, 0), Qt::DisplayRole).toString() ==
              QStringLiteral("Inscription auto-école"));
        CHECK(view.findChild<InterviewForm*>()->interview().selfAssessment == "J'y crois.");
    }
    const auto stored = caseFiles.open(id);
    REQUIRE(stored.ok());
    const CaseFile& c = stored->caseFile;
    CHECK(c.problemStatement == "Frein à la mobilité");
    CHECK(c.situation == "Titulaire d'un CAP, sans permis.");
    REQUIRE(c.obstacles.size() == 1);
    CHECK(c.obstacles[0].category == ObstacleCategory::Mobility);
    CHECK(c.attitude.at(0).examplePhrase == "« C'est bien cela ? »");
    CHECK(c.tools.at(0).tool == "covoiturage");
    CHECK(c.referrals.at(0).status == ReferralStatus::Contacted);
    REQUIRE(c.plan.size() == 3);
    CHECK(c.plan[0].title == "Rencontre Wimoov");
    CHECK(c.plan[0].dueDate == Date(2026, 11, 20));
    CHECK(c.plan[0].obstacleId == c.obstacles[0].id);
    CHECK(c.plan[1].title == "Inscription auto-école"); // moved up
    CHECK(c.plan[2].title == "Dossier de financement");
    CHECK(c.indicators.at(0).target == "Dans 6 mois");
    CHECK(c.adminAdvice == std::vector<std::string>{"Constituer le dossier d'aide"});
    REQUIRE(c.rhythm);
    CHECK((c.rhythm->interval == Interval{2, IntervalUnit::Week}));
    REQUIRE(stored->interviews.size() == 1);
    const Interview& interview = stored->interviews[0];
    CHECK(interview.heldOn == Date(2026, 11, 2));
    CHECK(interview.nextAppointment == Date(2026, 11, 16)); // proposed from the rhythm
    CHECK(interview.selfAssessment == "J'y crois.");
    REQUIRE(interview.entries.size() == 1);
    CHECK(interview.entries[0].itemKey == "initial_skills");
    CHECK(interview.entries[0].note == "Électricien confirmé");
    Translations::install(QStringLiteral("en"));
}

TEST_CASE_METHOD(GuiFixture, "Typing is saved within about a second, without closing anything", "[gui][autosave]")
{
    const std::int64_t id = createPerson(caseFiles);
    MainWindow window(*workspace, clock, counsellor);
    window.openCaseFile(id);
    type(*window.caseFileView(), "situationEdit", QStringLiteral("Saisi pendant l'entretien"));
    CHECK(caseFiles.open(id)->caseFile.situation.empty());
    QTest::qWait(AutoSaver::kDelayMs + 400);
    CHECK(caseFiles.open(id)->caseFile.situation == "Saisi pendant l'entretien");
    CHECK(window.saveState().contains(QStringLiteral(":")));
}

TEST_CASE_METHOD(GuiFixture, "Undo goes back step by step, and the undone text is saved too", "[gui][undo]")
{
    const std::int64_t id = createPerson(caseFiles);
    MainWindow window(*workspace, clock, counsellor);
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    type(view, "problemEdit", QStringLiteral("Premier jet"));
    addRow(view, "obstacles", {QStringLiteral("housing"), QStringLiteral("Hébergée chez un tiers")});
    auto* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo->isEnabled());
    undo->trigger(); // the obstacle's description
    undo->trigger(); // its category
    undo->trigger(); // the row itself
    CHECK(view.document()->caseFile().obstacles.empty());
    undo->trigger(); // the typed problem statement, as one step
    CHECK(view.findChild<QPlainTextEdit*>(QStringLiteral("problemEdit"))->toPlainText().isEmpty());
    REQUIRE(view.flush());
    CHECK(caseFiles.open(id)->caseFile.problemStatement.empty());
}

namespace {
// A case file open in a window, saved meanwhile by "another workstation", then typed into here.
struct ConflictFixture : GuiFixture {
    std::int64_t id = createPerson(caseFiles);
    MainWindow window{*workspace, clock, counsellor};

    ConflictFixture()
    {
        window.openCaseFile(id);
        CaseFile theirs = caseFiles.open(id)->caseFile;
        theirs.situation = "Version de l'autre poste";
        REQUIRE(caseFiles.saveCaseFile(theirs).ok());
        type(*window.caseFileView(), "problemEdit", QStringLiteral("Ma version"));
    }
};
} // namespace

TEST_CASE_METHOD(ConflictFixture, "A save over another workstation's asks, and keeping mine wins", "[gui][conflict]")
{
    MessageBox::setNextChoice(0);
    window.caseFileView()->flush();
    CHECK(MessageBox::lastText().contains(QStringLiteral("workstation")));
    const CaseFile stored = caseFiles.open(id)->caseFile;
    CHECK(stored.problemStatement == "Ma version");
    CHECK(stored.situation.empty()); // mine replaced theirs, knowingly
}

TEST_CASE_METHOD(ConflictFixture, "A save over another workstation's can take theirs instead", "[gui][conflict]")
{
    MessageBox::setNextChoice(1);
    window.caseFileView()->flush();
    CHECK(window.caseFileView()->document()->caseFile().situation == "Version de l'autre poste");
    CHECK(window.caseFileView()->findChild<QPlainTextEdit*>(QStringLiteral("situationEdit"))->toPlainText() ==
          QStringLiteral("Version de l'autre poste"));
    CHECK(caseFiles.open(id)->caseFile.problemStatement.empty());
}

TEST_CASE_METHOD(GuiFixture, "The new-beneficiary dialog shows problems next to the fields", "[gui][dialog]")
{
    Translations::install(QStringLiteral("fr"));
    NewBeneficiaryDialog dialog(caseFiles);
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Élodie"));
    CHECK_FALSE(dialog.submit());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("lastNameError"));
    CHECK_FALSE(error->isHidden());
    CHECK(error->text() == QStringLiteral("Obligatoire."));
    dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Martin"));
    dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("pas une adresse"));
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("emailError"))->text() ==
          QStringLiteral("Ce n’est pas une adresse de courriel."));
    CHECK(error->isHidden());
    CHECK(caseFiles.count({}).value() == 0);
    Translations::install(QStringLiteral("en"));
}
