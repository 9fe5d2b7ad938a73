// Nothing typed is lost: a counsellor typing at a person's speed in the real widgets, with the
// autosave firing in the middle, and each field behaving as a French typist expects.
#include "beneficiaries/NewBeneficiaryDialog.h"
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "casefile/FollowUpPage.h"
#include "casefile/ListEditor.h"
#include "casefile/SectionTableModel.h"
#include "common/AutoSaver.h"
#include "common/Conversions.h"
#include "common/DateField.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "gui/TypingFixture.h"
#include "gui/Typist.h"
#include "interviews/InterviewForm.h"
#include "interviews/InterviewTemplateModel.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QAction>
#include <QCalendarWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace trame;

TEST_CASE_METHOD(TypingFixture, "Sentences typed from cell to cell survive the autosave, editor still open",
                 "[gui][typing]")
{
    focusTable(Attitude, "attitude");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier); // a new row, typing in its Posture cell
    Typist::type(QStringLiteral("Reformuler"));
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("Redire ses mots pour vérifier qu'on a compris"));
    Typist::press(Qt::Key_Tab);
    const QString phrase = QStringLiteral("Racontez-moi ce que vous faisiez dans l'atelier de couture.");
    Typist::type(phrase);
    // The autosave fired several times while typing; the last cell is still being edited.
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == phrase);
    pause();
    CHECK(editor->text() == phrase);
    const CaseFile c = stored();
    REQUIRE(c.attitude.size() == 1);
    CHECK(c.attitude[0].label == "Reformuler");
    CHECK(c.attitude[0].guidance == "Redire ses mots pour vérifier qu'on a compris");
    CHECK(c.attitude[0].examplePhrase == ss(phrase)); // saved though the cell is still open
}

TEST_CASE_METHOD(TypingFixture, "A new row starts empty: typing names it, the placeholder is only shown",
                 "[gui][typing]")
{
    QTableView* table = focusTable(Situation, "obstacles");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    SectionTableModel* model = list("obstacles").model();
    CHECK(table->currentIndex().column() == 1); // the description
    CHECK(model->index(0, 1).data(Qt::DisplayRole).toString().isEmpty());
    CHECK(model->index(0, 1)
              .data(SectionTableModel::PlaceholderRole)
              .toString()
              .startsWith(QStringLiteral("Nouveau frein")));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text().isEmpty());
    CHECK_FALSE(editor->placeholderText().isEmpty());
    Typist::type(QStringLiteral("Garde de 2 enfants le mercredi"));
    Typist::press(Qt::Key_Return);
    pause();
    REQUIRE(stored().obstacles.size() == 1);
    CHECK(stored().obstacles[0].description == "Garde de 2 enfants le mercredi");

    // In the plan, typing starts in the step's name, not its details.
    QTableView* plan = focusTable(Plan, "plan");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    CHECK(plan->currentIndex().column() == 0);
    Typist::type(QStringLiteral("Rencontre Wimoov"));
    Typist::press(Qt::Key_Return);
    pause();
    REQUIRE(stored().plan.size() == 1);
    CHECK(stored().plan[0].title == "Rencontre Wimoov");
}

TEST_CASE_METHOD(TypingFixture, "A row added and left unnamed waits, and saving the rest still works", "[gui][typing]")
{
    focusTable(Indicators, "indicators");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    Typist::press(Qt::Key_Escape);
    view().showSection(Situation);
    view().findChild<QPlainTextEdit*>(QStringLiteral("problemEdit"))->setFocus();
    Typist::type(QStringLiteral("Mobilité"));
    pause();
    CHECK(stored().problemStatement == "Mobilité");
    CHECK(stored().indicators.empty());
    CHECK(view().document()->caseFile().indicators.size() == 1); // still on screen
    CHECK(window.saveState().startsWith(QStringLiteral("Enregistré")));
}

TEST_CASE_METHOD(TypingFixture, "The rhythm in words keeps its spaces as it is typed", "[gui][typing]")
{
    view().showSection(FollowUp);
    auto* box = view().findChild<QGroupBox*>(QStringLiteral("rhythmBox"));
    CHECK_FALSE(box->isChecked()); // a file with no rhythm does not show one
    box->setChecked(true);
    auto* words = view().findChild<QLineEdit*>(QStringLiteral("wordsEdit"));
    words->setFocus();
    const QString text = QStringLiteral("toutes les deux semaines (bimensuel) ");
    Typist::type(text);
    CHECK(words->text() == text);
    pause();
    CHECK(words->text() == text);
    REQUIRE(stored().rhythm);
    CHECK(stored().rhythm->label == "toutes les deux semaines (bimensuel)"); // trimmed when stored only
}

TEST_CASE_METHOD(TypingFixture, "Dates are typed as digits, the first of a month included, and clear to none",
                 "[gui][typing][dates]")
{
    QTableView* plan = focusTable(Plan, "plan");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    Typist::type(QStringLiteral("Inscription auto-école"));
    Typist::press(Qt::Key_Tab); // details
    Typist::press(Qt::Key_Tab); // due date
    CHECK(plan->currentIndex().column() == 2);
    REQUIRE(qobject_cast<DateField*>(QApplication::focusWidget()));
    Typist::type(QStringLiteral("01092027"));
    Typist::press(Qt::Key_Return);
    pause();
    CHECK(stored().plan.at(0).dueDate == Date(2027, 9, 1));
    CHECK(list("plan").model()->index(0, 2).data(Qt::DisplayRole).toString() == QStringLiteral("01/09/2027"));

    // Typing on an empty date cell starts the date, as in any other cell.
    focusTable(Situation, "obstacles");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    Typist::type(QStringLiteral("Permis"));
    Typist::press(Qt::Key_Return);
    QTableView* obstacles = list("obstacles").table();
    obstacles->setCurrentIndex(list("obstacles").model()->index(0, 3));
    Typist::press(Qt::Key_Delete); // nothing: a cell is emptied in its editor
    Typist::type(QStringLiteral("15/10/2026"));
    Typist::press(Qt::Key_Return);
    pause();
    CHECK(stored().obstacles.at(0).identifiedOn == Date(2026, 10, 15));

    // Emptied, a date is none — never a sentinel day.
    obstacles->setCurrentIndex(list("obstacles").model()->index(0, 3));
    Typist::press(Qt::Key_F2);
    auto* field = qobject_cast<DateField*>(QApplication::focusWidget());
    REQUIRE(field);
    field->selectAll();
    Typist::press(Qt::Key_Backspace);
    Typist::press(Qt::Key_Return);
    pause();
    CHECK_FALSE(stored().obstacles.at(0).identifiedOn.has_value());
}

TEST_CASE_METHOD(GuiFixture, "The birth date is typed into an empty field and the calendar opens on today",
                 "[gui][typing][dates]")
{
    Translations::install(QStringLiteral("fr"));
    NewBeneficiaryDialog dialog(caseFiles);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* birth = dialog.findChild<DateField*>(QStringLiteral("birthDateEdit"));
    REQUIRE(birth);
    CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit")));
    CHECK(birth->text().isEmpty());
    birth->setFocus();
    Typist::type(QStringLiteral("15/03/1981"));
    CHECK(birth->date() == QDate(1981, 3, 15));
    birth->clear();
    Typist::type(QStringLiteral("15031981"));
    CHECK(birth->date() == QDate(1981, 3, 15));
    Typist::press(Qt::Key_Tab);
    CHECK(birth->text() == QStringLiteral("15/03/1981")); // read back as the date it was taken for

    // Half a date is not a date: the dialog says so and creates nobody.
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Élodie"));
    dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Martin"));
    birth->setFocus();
    birth->selectAll();
    Typist::type(QStringLiteral("15/03"));
    CHECK_FALSE(birth->isAcceptable());
    CHECK_FALSE(birth->accessibleDescription().isEmpty());
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("generalError"))
              ->text()
              .contains(QStringLiteral("pas encore une date")));
    CHECK(caseFiles.count({}).value() == 0);

    // Empty, the calendar opens on today (the clock's), and Alt+Down opens it.
    birth->selectAll();
    Typist::press(Qt::Key_Backspace);
    Typist::press(Qt::Key_Down, Qt::AltModifier);
    auto* calendar = birth->findChild<QCalendarWidget*>();
    REQUIRE(calendar);
    CHECK(calendar->isVisible());
    CHECK(calendar->selectedDate() == QDate(2026, 11, 2));
    Typist::press(Qt::Key_Return);
    CHECK(birth->date() == QDate(2026, 11, 2));
    Translations::install(QStringLiteral("en"));
}

TEST_CASE_METHOD(TypingFixture, "Column widths stay put while the person edits, and dates fit their column",
                 "[gui][typing]")
{
    QTableView* table = focusTable(Plan, "plan");
    const QFontMetrics metrics(table->font());
    CHECK(table->columnWidth(2) >= metrics.horizontalAdvance(QStringLiteral("09/12/2026")));
    std::vector<int> before;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        before.push_back(table->columnWidth(column));
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    Typist::type(QStringLiteral("Une étape au nom bien plus long que la colonne ne le prévoyait au départ"));
    Typist::press(Qt::Key_Return);
    pause();
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    Typist::type(QStringLiteral("Deuxième"));
    Typist::press(Qt::Key_Return);
    for (int column = 0; column < table->model()->columnCount() - 1; ++column) {
        INFO("column " << column);
        CHECK(table->columnWidth(column) == before[static_cast<size_t>(column)]);
    }
    // The texts share the width the choices and dates leave: nothing cut at the right edge.
    QTableView* obstacles = focusTable(Situation, "obstacles");
    CHECK(obstacles->columnWidth(1) > obstacles->columnWidth(0));
    int total = 0;
    for (int column = 0; column < obstacles->model()->columnCount(); ++column)
        total += obstacles->columnWidth(column);
    CHECK(total <= obstacles->viewport()->width());
}

TEST_CASE_METHOD(TypingFixture, "A partner out of the catalogue is typed as such, never taken for another",
                 "[gui][typing]")
{
    QTableView* table = focusTable(Methods, "referrals");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    CHECK(table->currentIndex().column() == 0);
    Typist::type(QStringLiteral("CAF"));
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("Dossier de prime d'activité"));
    Typist::press(Qt::Key_Return);
    pause();
    REQUIRE(stored().referrals.size() == 1);
    CHECK(stored().referrals[0].partner.empty());
    CHECK(stored().referrals[0].partnerName == "CAF");
    CHECK(stored().referrals[0].purpose == "Dossier de prime d'activité");

    // A partner of the catalogue typed by its name is the catalogue's.
    focusTable(Methods, "referrals");
    Typist::press(Qt::Key_Insert, Qt::ControlModifier);
    Typist::type(QStringLiteral("cpam"));
    Typist::press(Qt::Key_Return);
    pause();
    REQUIRE(stored().referrals.size() == 2);
    CHECK(stored().referrals[1].partner == "cpam");
}

TEST_CASE_METHOD(TypingFixture, "A catalogue tool names its row", "[gui][typing]")
{
    SectionTableModel* tools = list("tools").model();
    REQUIRE(tools->addItem(0));
    REQUIRE(tools->setData(tools->index(0, 0), QStringLiteral("immersion_facile"), Qt::EditRole));
    CHECK(tools->index(0, 1).data(Qt::DisplayRole).toString() == QStringLiteral("Immersion Facile"));
}

TEST_CASE_METHOD(TypingFixture, "Opening a case file puts the keyboard in its first field, with its number shown",
                 "[gui][typing]")
{
    CHECK(QApplication::focusWidget() == view().findChild<QPlainTextEdit*>(QStringLiteral("problemEdit")));
    const QString summary = view().findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("Dossier n° %1").arg(id)));
    CHECK(summary.contains(QStringLiteral("06 12 34 56 78")));
}

TEST_CASE_METHOD(GuiFixture, "A supervisor sees the follow-up columns and records no interview", "[gui][review]")
{
    Translations::install(QStringLiteral("fr"));
    const std::int64_t id = caseFiles.create(sampleRecord(0).person).value();
    CaseFile c = caseFiles.open(id).value().caseFile;
    c.plan = sampleRecord(0).caseFile.plan;
    c.plan[0].obstacleId.reset();
    c.indicators = sampleRecord(0).caseFile.indicators;
    REQUIRE(caseFiles.saveCaseFile(c).ok());
    MainWindow window(*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup"));
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    REQUIRE(view.document()->isReadOnly());
    for (const char* name : {"plan", "indicators", "obstacles", "referrals"}) {
        auto* editor = view.findChild<ListEditor*>(QString::fromLatin1(name));
        for (int column = 0; column < editor->model()->columnCount(); ++column) {
            INFO(name << " column " << column);
            CHECK_FALSE(editor->table()->isColumnHidden(column));
        }
    }
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("newInterviewButton"))->isVisibleTo(&view));
    Translations::install(QStringLiteral("en"));
}

TEST_CASE_METHOD(TypingFixture, "The Status cell and the Lift button give the same obstacle", "[gui][rules]")
{
    SectionTableModel* obstacles = list("obstacles").model();
    for (int row = 0; row < 2; ++row) {
        REQUIRE(obstacles->addItem(row));
        REQUIRE(obstacles->setData(obstacles->index(row, 1), QStringLiteral("Frein %1").arg(row), Qt::EditRole));
    }
    // Lifted by its Status cell…
    REQUIRE(obstacles->setData(obstacles->index(0, 2), QStringLiteral("lifted"), Qt::EditRole));
    // …and by the button.
    view().showSection(Situation);
    list("obstacles").table()->setCurrentIndex(obstacles->index(1, 0));
    view().findChild<QPushButton*>(QStringLiteral("liftButton"))->click();
    const CaseFile& c = view().document()->caseFile();
    CHECK(c.obstacles[0].status == ObstacleStatus::Lifted);
    CHECK(c.obstacles[0].liftedOn == Date(2026, 11, 2));
    CHECK(c.obstacles[1].status == c.obstacles[0].status);
    CHECK(c.obstacles[1].liftedOn == c.obstacles[0].liftedOn);
    // Reopened by its cell, it loses its lift date.
    REQUIRE(obstacles->setData(obstacles->index(0, 2), QStringLiteral("being_addressed"), Qt::EditRole));
    CHECK_FALSE(view().document()->caseFile().obstacles[0].liftedOn.has_value());
}
