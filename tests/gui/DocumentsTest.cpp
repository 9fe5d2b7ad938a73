// The documents from the application, through the real widgets, offscreen: from an open case file
// to the printed plan in two keystrokes (Ctrl+P, Enter), a whole case file saved as PDF with what
// was typed a moment before, the same text as trame-cli's, and the agenda's letter.
#include "agenda/AgendaPage.h"
#include "casefile/CaseFileView.h"
#include "common/DocumentActions.h"
#include "common/InputDialogs.h"
#include "common/PaperOutput.h"
#include "common/UserSession.h"
#include "documents/DocumentFiles.h"
#include "documents/PdfCheck.h"
#include "gui/GuiFixture.h"
#include "gui/ModalDialog.h"
#include "gui/Typist.h"
#include "services/Appointments.h"
#include "shell/MainWindow.h"
#include "support/Samples.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <filesystem>
#include <fstream>

using namespace trame;

namespace {

struct DocumentsFixture : GuiFixture {
    std::int64_t id = 0;

    DocumentsFixture()
    {
        BeneficiaryRecord sample = sampleRecord(0, "Benali");
        id = caseFiles.create(sample.person).value();
        CaseFile file = caseFiles.open(id).value().caseFile;
        file.plan = sample.caseFile.plan;
        for (PlanStep& step : file.plan) {
            step.id = 0;
            step.obstacleId.reset();
        }
        REQUIRE(caseFiles.saveCaseFile(file).ok());
    }
    ~DocumentsFixture() { PaperOutput::setPrinterFileForTests({}); }

    QAction* menuAction(CaseFileView& view, DocumentKind kind, int way)
    {
        auto* button = view.findChild<QToolButton*>();
        REQUIRE(button);
        REQUIRE(button->menu());
        for (QAction* document : button->menu()->actions())
            if (document->text() == DocumentActions::menuTitle(kind))
                return document->menu()->actions().at(way);
        FAIL("no menu for the document");
        return nullptr;
    }
};

} // namespace

TEST_CASE_METHOD(DocumentsFixture, "Ctrl+P then Enter prints the action plan of the open case file", "[gui][documents]")
{
    const std::string printed = dir.file("printer.pdf");
    PaperOutput::setPrinterFileForTests(QString::fromStdString(printed));
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCaseFile(id);
    window.caseFileView()->focusFirstField();
    // The print dialog runs its own loop: it is answered from within it, as a person would.
    bool answered = false;
    QTimer::singleShot(0, [&answered] {
        QPrintDialog* dialog = nullptr;
        for (int i = 0; i < 200 && !dialog; ++i) {
            QTest::qWait(20);
            dialog = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget());
        }
        if (dialog && QTest::qWaitForWindowActive(dialog)) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Return);
            answered = true;
        }
    });
    Typist::press(Qt::Key_P, Qt::ControlModifier);
    CHECK(answered);
    for (int i = 0; i < 100 && !std::filesystem::exists(printed); ++i)
        QTest::qWait(20);
    REQUIRE(std::filesystem::exists(printed));
    const std::string text = pdfText(printed);
    CHECK_THAT(text, Catch::Contains("Plan d’action"));
    CHECK_THAT(text, Catch::Contains("1. Planifier une immersion"));
    CHECK_THAT(text, Catch::Contains("Hélène Benali"));
    CHECK(fontsEmbedded(printed));
}

TEST_CASE_METHOD(DocumentsFixture, "The whole case file saved as PDF holds what was just typed, as trame-cli writes it",
                 "[gui][documents]")
{
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    auto* situation = view.findChild<QPlainTextEdit*>(QStringLiteral("situationEdit"));
    situation->setFocus();
    Typist::type(QStringLiteral("Saisi juste avant"));
    const std::string file = dir.file("dossier.pdf");
    InputDialogs::setNextFileName(QString::fromStdString(file));
    menuAction(view, DocumentKind::CaseFile, 2)->trigger(); // Save as PDF
    REQUIRE(std::filesystem::exists(file));
    CHECK(std::filesystem::status(file).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    const std::string text = pdfText(file);
    CHECK_THAT(text, Catch::Contains("Saisi juste avant"));
    CHECK(InputDialogs::lastSuggestion() == QStringLiteral("dossier-d-accompagnement-benali-2026-11-02.pdf"));

    // The command line's document, from the same service at the same moment, reads the same.
    const auto source = services::Documents(*workspace, clock, counsellor).source(DocumentKind::CaseFile, id);
    REQUIRE(source.ok());
    const std::string cli = dir.file("cli.pdf");
    const std::string bytes = documents::documentPdf(*source);
    std::ofstream(cli, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    CHECK(pdfText(cli) == text);
}

TEST_CASE_METHOD(DocumentsFixture, "The agenda writes the letter for the chosen appointment", "[gui][documents]")
{
    Appointment next;
    next.beneficiaryId = id;
    next.start = {clock.today().addDays(2), 14 * 60};
    next.place = "Bureau 4";
    REQUIRE(services::Appointments(*workspace, clock, counsellor).plan(next).ok());
    UserSession session(*workspace, clock, counsellor);
    AgendaPage page({session.agenda, session.appointments, session.caseFiles, session.documents, session.actor}, {});
    page.showDay(clock.today());
    page.appointmentsView()->setCurrentIndex(page.appointmentsView()->model()->index(0, 0));
    const std::string file = dir.file("convocation.pdf");
    InputDialogs::setNextFileName(QString::fromStdString(file));
    REQUIRE(page.writeLetter(PaperOutput::Way::Pdf));
    const std::string text = pdfText(file);
    CHECK_THAT(text, Catch::Contains("Convocation"));
    CHECK_THAT(text, Catch::Contains("mercredi 4 novembre 2026 à 14 h"));
    CHECK_THAT(text, Catch::Contains("Lieu : Bureau 4"));
}

TEST_CASE_METHOD(DocumentsFixture, "Print preview shows the action plan's pages before printing", "[gui][documents]")
{
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCaseFile(id);
    // The preview runs its own loop: its pages are counted from within it, then it is closed.
    int pages = 0;
    QTimer::singleShot(0, [&pages] {
        QPrintPreviewDialog* preview = nullptr;
        for (int i = 0; i < 200 && !preview; ++i) {
            QTest::qWait(20);
            preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        }
        if (!preview)
            return;
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            pages = widget->pageCount();
        preview->reject();
    });
    menuAction(*window.caseFileView(), DocumentKind::Plan, 0)->trigger();
    CHECK(pages == 1);
}
