// The Annexe 1 follow-up form typed into as a counsellor does: Tab from status to note, dates
// that move the next appointment, states carried over, and its own undo.
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

TEST_CASE_METHOD(TypingFixture, "Tab in the Annexe 1 goes from an item's status to its note",
                 "[gui][typing][interviews]")
{
    view().showSection(FollowUp);
    auto* followUp = view().findChild<FollowUpPage*>();
    followUp->newInterview();
    auto* tree = view().findChild<InterviewForm*>()->findChild<QTreeView*>(QStringLiteral("itemsView"));
    REQUIRE(tree);
    InterviewTemplateModel* items = view().findChild<InterviewForm*>()->itemsModel();
    const QModelIndex first = items->index(0, 0);
    REQUIRE(items->rowCount(first) > 0);
    tree->setFocus();
    tree->setCurrentIndex(items->index(0, 1, first));
    Typist::press(Qt::Key_F2);
    Typist::press(Qt::Key_Tab);
    CHECK(tree->currentIndex() == items->index(0, 2, first));
    Typist::type(QStringLiteral("Électricien, 10 ans"));
    Typist::press(Qt::Key_Tab);
    CHECK(tree->currentIndex() == items->index(1, 1, first)); // the next item's status
    REQUIRE(followUp->flush());
    const auto interviews = caseFiles.open(id).value().interviews;
    REQUIRE(interviews.size() == 1);
    REQUIRE(interviews[0].entries.size() == 1);
    CHECK(interviews[0].entries[0].note == "Électricien, 10 ans");
}

TEST_CASE_METHOD(TypingFixture, "Moving an interview past its next appointment proposes it again, in French",
                 "[gui][typing][interviews]")
{
    CaseFile c = stored();
    c.rhythm = FollowUpRhythm{RhythmKind::Recurring, {2, IntervalUnit::Week}, "", ""};
    REQUIRE(caseFiles.saveCaseFile(c).ok());
    window.openCaseFile(id);
    view().showSection(FollowUp);
    auto* followUp = view().findChild<FollowUpPage*>();
    bool failed = false;
    QObject::connect(followUp, &FollowUpPage::saveFailed, [&failed] { failed = true; });
    followUp->newInterview();
    auto* form = view().findChild<InterviewForm*>();
    CHECK(form->interview().nextAppointment == Date(2026, 11, 16));
    auto* held = form->findChild<DateField*>(QStringLiteral("heldOnEdit"));
    held->setFocus();
    held->selectAll();
    Typist::type(QStringLiteral("20/11/2026"));
    pause();
    CHECK_FALSE(failed);
    auto* notice = form->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("04/12/2026")));
    const auto interviews = caseFiles.open(id).value().interviews;
    REQUIRE(interviews.size() == 1);
    CHECK(interviews[0].heldOn == Date(2026, 11, 20));
    CHECK(interviews[0].nextAppointment == Date(2026, 12, 4));

    // A next appointment typed before the interview is refused in words, and nothing breaks.
    auto* next = form->findChild<DateField*>(QStringLiteral("nextEdit"));
    next->setFocus();
    next->selectAll();
    Typist::type(QStringLiteral("10/11/2026"));
    pause();
    CHECK_FALSE(failed);
    CHECK(notice->text().contains(QStringLiteral("ne peut pas précéder")));
    CHECK(caseFiles.open(id).value().interviews[0].nextAppointment == Date(2026, 12, 4));
}

TEST_CASE_METHOD(TypingFixture, "A new interview starts from the states the last one left", "[gui][interviews]")
{
    view().showSection(FollowUp);
    auto* followUp = view().findChild<FollowUpPage*>();
    followUp->newInterview();
    InterviewTemplateModel* items = view().findChild<InterviewForm*>()->itemsModel();
    const QModelIndex first = items->index(0, 0);
    REQUIRE(items->setData(items->index(0, 1, first), QStringLiteral("done"), Qt::EditRole));
    REQUIRE(items->setData(items->index(0, 2, first), QStringLiteral("Profil établi"), Qt::EditRole));
    REQUIRE(followUp->flush());
    clock.advance(std::chrono::hours(24 * 14));
    followUp->newInterview();
    const Interview& second = view().findChild<InterviewForm*>()->interview();
    const QModelIndex item = items->index(0, 0); // the model was filled anew for this interview
    REQUIRE(second.entries.size() == 1);
    CHECK(second.entries[0].status == ItemStatus::Done);
    CHECK(second.entries[0].note.empty()); // the note belongs to the first interview
    // Shown as carried over, with the item's history beside it.
    CHECK(items->index(0, 1, item).data(Qt::FontRole).value<QFont>().italic());
    CHECK(items->index(0, 0, item).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Profil établi")));
    REQUIRE(items->setData(items->index(0, 1, item), QStringLiteral("in_progress"), Qt::EditRole));
    CHECK_FALSE(items->index(0, 1, item).data(Qt::FontRole).value<QFont>().italic());
}

TEST_CASE_METHOD(TypingFixture, "Ctrl+Z in the interview form undoes the interview's last edit, nothing else",
                 "[gui][typing][interviews][undo]")
{
    auto* problem = view().findChild<QPlainTextEdit*>(QStringLiteral("problemEdit"));
    problem->setFocus();
    Typist::type(QStringLiteral("Mobilité"));
    view().showSection(FollowUp);
    auto* followUp = view().findChild<FollowUpPage*>();
    followUp->newInterview();
    auto* form = view().interviewForm();
    InterviewTemplateModel* items = form->itemsModel();
    const QModelIndex first = items->index(0, 0);
    REQUIRE(items->setData(items->index(0, 1, first), QStringLiteral("done"), Qt::EditRole));
    auto* self = form->findChild<QPlainTextEdit*>(QStringLiteral("selfAssessmentEdit"));
    self->setFocus();
    Typist::type(QStringLiteral("Je suis prête"));

    Typist::press(Qt::Key_Z, Qt::ControlModifier); // the self-assessment typed, at once
    CHECK(self->toPlainText().isEmpty());
    CHECK(form->interview().entries.size() == 1);
    Typist::press(Qt::Key_Z, Qt::ControlModifier); // then the item's status
    CHECK(form->interview().entries.empty());
    // The case file was not touched, on its other tab.
    CHECK(view().document()->caseFile().problemStatement == "Mobilité");
    REQUIRE(followUp->flush());
    CHECK(caseFiles.open(id).value().interviews.at(0).entries.empty()); // the undone state is saved

    // Redo brings the status back; in the Situation page, Ctrl+Z is the case file's again.
    window.findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    CHECK(form->interview().entries.size() == 1);
    view().showSection(Situation);
    problem->setFocus();
    Typist::press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(view().document()->caseFile().problemStatement.empty());
    CHECK(form->interview().entries.size() == 1);
}
