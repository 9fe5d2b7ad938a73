// Correcting what a period recorded, from the keyboard: a pause typed with the wrong day and
// reason, then the exit of the closed follow-up and its bilan. Each correction is read back as
// the next start of Trame would read it; a refused one changes nothing.
#include "casefile/CaseFileDocument.h"
#include "common/Conversions.h"
#include "gui/ModalDialog.h"
#include "gui/PeriodSteps.h"
#include "gui/TypingFixture.h"
#include "gui/Typist.h"
#include "periods/CloseDialog.h"
#include "periods/PauseDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace trame;

namespace {

// A follow-up paused a week from 2 November, then closed on 22 November with a CDI.
struct ClosedFollowUp : TypingFixture {
    services::SupportPeriods periods{*workspace, clock, counsellor};
    ClosedFollowUp()
    {
        REQUIRE(periods.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"}).ok());
        clock.advance(std::chrono::days(7));
        REQUIRE(periods.resume(id, clock.today()).ok());
        clock.advance(std::chrono::days(13));
        Bilan bilan = periods.draftBilan(id).value();
        bilan.text = "Embauchée en CDI.";
        REQUIRE(periods.close(id, {clock.today(), "cdi", FseSituation::Employed}, bilan).ok());
        window.openCaseFile(id);
        view().focusFirstField();
        Typist::press(Qt::Key_8, Qt::AltModifier);
        REQUIRE(view().currentSection() == kPeriod);
    }
};

} // namespace

TEST_CASE_METHOD(ClosedFollowUp, "A counsellor corrects a pause and the exit of a closed follow-up from the keyboard",
                 "[gui][periods]")
{
    // The pause: Alt+U on the closed period, the last pause shown as recorded.
    Typist::press(Qt::Key_U, Qt::AltModifier);
    auto* pause = openedDialog<PauseDialog>();
    CHECK(pause->windowTitle() == QStringLiteral("Corriger une suspension"));
    CHECK(pause->findChild<QLineEdit*>(QStringLiteral("untilEdit"))->text() == QStringLiteral("09/11/2026"));
    Typist::press(Qt::Key_D, Qt::AltModifier);
    Typist::type(QStringLiteral("03/11/2026"));
    Typist::press(Qt::Key_M, Qt::AltModifier);
    Typist::type(QStringLiteral("Hospitalisation"));
    Reload pauseCorrected(window);
    Typist::press(Qt::Key_Return);
    CaseFileView* shown = pauseCorrected.wait();
    CHECK(shown->currentSection() == kPeriod);
    CHECK(shown->document()->isReadOnly()); // still closed
    {
        const Pause stored = onDisk(path, clock, counsellor, id).back().pauses.at(0);
        CHECK(stored.from == Date(2026, 11, 3));
        CHECK(stored.until == Date(2026, 11, 9));
        CHECK(stored.reason == "Hospitalisation");
    }

    // The exit: Alt+T, the date and the words as recorded; a date before the entry is refused.
    Typist::press(Qt::Key_T, Qt::AltModifier);
    auto* exit = openedDialog<CloseDialog>();
    CHECK(exit->windowTitle() == QStringLiteral("Corriger la sortie"));
    CHECK(exit->findChild<QComboBox*>(QStringLiteral("reasonCombo"))->currentData().toString() ==
          QStringLiteral("cdi"));
    auto* words = exit->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"));
    CHECK(words->toPlainText() == QStringLiteral("Embauchée en CDI."));
    Typist::press(Qt::Key_D, Qt::AltModifier); // the date field has the keyboard already: select its text
    Typist::press(Qt::Key_A, Qt::ControlModifier);
    Typist::type(QStringLiteral("01/10/2026"));
    Typist::press(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == exit);
    CHECK(exit->findChild<QLabel*>(QStringLiteral("errorLabel"))
              ->text()
              .startsWith(QStringLiteral("Cette date n’est pas possible.")));
    CHECK(exit->findChild<QLineEdit*>(QStringLiteral("dateEdit"))->hasFocus());
    CHECK(onDisk(path, clock, counsellor, id).back().exit->date == Date(2026, 11, 22));

    // The right date, and the words completed.
    Typist::press(Qt::Key_A, Qt::ControlModifier);
    Typist::type(QStringLiteral("20/11/2026"));
    Typist::press(Qt::Key_V, Qt::AltModifier);
    Typist::press(Qt::Key_End, Qt::ControlModifier);
    Typist::type(QStringLiteral(" Gardienne d’immeuble, à temps plein."));
    Typist::press(Qt::Key_Tab);
    Reload exitCorrected(window);
    Typist::press(Qt::Key_Return);
    shown = exitCorrected.wait();
    const SupportPeriod stored = onDisk(path, clock, counsellor, id).back();
    CHECK(stored.exit->date == Date(2026, 11, 20));
    CHECK(stored.exit->reason == "cdi");
    CHECK(stored.bilan->text == "Embauchée en CDI. Gardienne d’immeuble, à temps plein.");
    CHECK(status(*shown).contains(QStringLiteral("clôturé le 20/11/2026")));
    CHECK(caseFiles.open(id).value().person.status == BeneficiaryStatus::Closed);
}

TEST_CASE_METHOD(ClosedFollowUp, "An over-long reason for a pause is refused in the dialog and nothing is stored",
                 "[gui][periods]")
{
    Typist::press(Qt::Key_U, Qt::AltModifier);
    auto* pause = openedDialog<PauseDialog>();
    auto* reason = pause->findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
    reason->setText(QString(301, QLatin1Char('x'))); // pasted: 300 characters at most
    Typist::press(Qt::Key_M, Qt::AltModifier);
    Typist::press(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == pause);
    CHECK(pause->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(pause));
    CHECK(reason->hasFocus());
    CHECK(onDisk(path, clock, counsellor, id).back().pauses.at(0).reason == "Santé");
    Typist::press(Qt::Key_Escape);
}

TEST_CASE_METHOD(ClosedFollowUp, "A supervisor reads a closed period's pause and exit and corrects neither",
                 "[gui][periods]")
{
    for (const char* name : {"correctPauseButton", "correctExitButton"})
        CHECK(view().findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled()); // the counsellor may
    MainWindow supervising{*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup")};
    supervising.openCaseFile(id);
    CaseFileView& reading = *supervising.caseFileView();
    reading.showSection(kPeriod);
    CHECK(status(reading).contains(QStringLiteral("22/11/2026")));
    for (const char* name : {"correctPauseButton", "correctExitButton"})
        CHECK_FALSE(reading.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled());
}
