// What a user arranged comes back at their next session, and only theirs: the window's size, the
// case file's splitter and the section last read (QSettings, under the test's own config folder).
#include "common/UserPreferences.h"

#include "casefile/CaseFileView.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "support/Samples.h"

#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

using namespace trame;

namespace {
struct PreferencesOn {
    PreferencesOn()
    {
        UserPreferences::settings()->clear();
        UserPreferences::setEnabled(true);
    }
    ~PreferencesOn()
    {
        UserPreferences::settings()->clear();
        UserPreferences::setEnabled(false);
    }
    PreferencesOn(const PreferencesOn&) = delete;
    PreferencesOn& operator=(const PreferencesOn&) = delete;
};
} // namespace

TEST_CASE_METHOD(GuiFixture, "The window, the splitter and the last section come back, per user", "[gui][preferences]")
{
    const PreferencesOn on;
    const std::int64_t id = caseFiles.create(sampleRecord(0, "Benali").person).value();
    QList<int> sizes;
    QSize left;
    {
        MainWindow window(*workspace, clock, counsellor);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openCaseFile(id);
        window.resize(window.minimumSizeHint().expandedTo(QSize(1200, 700)) + QSize(123, 45));
        QTest::qWait(20);
        left = window.size();
        window.caseFileView()->showSection(3);
        auto* splitter = window.caseFileView()->findChild<QSplitter*>(QStringLiteral("splitter"));
        REQUIRE(splitter);
        splitter->setSizes({600, 400});
        sizes = splitter->sizes();
        emit splitter->splitterMoved(600, 1); // as the user's drag says it
        window.close();
    }
    {
        MainWindow window(*workspace, clock, counsellor);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.size() == left);
        window.openCaseFile(id);
        CHECK(window.caseFileView()->currentSection() == 3);
        CHECK(window.caseFileView()->findChild<QSplitter*>(QStringLiteral("splitter"))->sizes() == sizes);
    }
    {
        // Another user of the same workstation account starts from the defaults.
        const auto colleague = signInAs(*workspace, clock, Role::Supervisor, "sup");
        MainWindow window(*workspace, clock, colleague);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.size() != left);
        window.openCaseFile(id);
        CHECK(window.caseFileView()->currentSection() == 0);
    }
}
