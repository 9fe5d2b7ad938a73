// A full disk while a counsellor types: the window says so and stops taking input instead of
// failing at every keystroke; nothing typed is lost; "Try again" saves it once the disk is back.
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "support/FaultyVfs.h"
#include "support/Samples.h"

#include <QPushButton>
#include <QTabWidget>

#include <sqlite3.h>

using namespace trame;

namespace {
// The faulty VFS must be the default before the fixture opens its file.
struct FaultyFixture {
    FaultyFixture() { faulty::install(); }
    ~FaultyFixture() { faulty::disarm(); }
};
struct Fixture : FaultyFixture, GuiFixture {};
} // namespace

TEST_CASE_METHOD(Fixture, "A full disk suspends editing, keeps what was typed, and Try again saves it", "[gui][faults]")
{
    MessageBox::setNonInteractive(true);
    const std::int64_t id = caseFiles.create(sampleRecord(0).person).value();
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    window.openCaseFile(id);
    CaseFileView* view = window.caseFileView();
    CHECK_FALSE(window.isWritingSuspended());

    view->document()->edit(QStringLiteral("situation"), [](CaseFile& c) { c.situation = "tapé pendant la panne"; });
    faulty::arm(faulty::Operation::Write, 1, SQLITE_FULL);
    CHECK_FALSE(view->flush());
    CHECK(window.isWritingSuspended());
    CHECK(view->isEditingSuspended());
    CHECK_FALSE(view->findChild<QTabWidget*>(QStringLiteral("sections"))->isEnabled());
    CHECK((window.saveState().startsWith(QStringLiteral("NOT SAVED")) ||
           window.saveState().startsWith(QStringLiteral("NON ENREGISTR"))));

    window.retryWriting(); // the disk is still full
    CHECK(window.isWritingSuspended());
    window.closeCaseFile(); // refused by default: the edit would be lost
    REQUIRE(window.caseFileView() == view);

    faulty::disarm();
    window.findChild<QPushButton*>(QStringLiteral("retryButton"))->click();
    CHECK_FALSE(window.isWritingSuspended());
    CHECK_FALSE(view->isEditingSuspended());
    CHECK(caseFiles.open(id).value().caseFile.situation == "tapé pendant la panne");
}
