#pragma once
// Every screen a person meets in the main window, in French: the counsellor's places, the six
// sections of a reference case and the eight of a case file, the supervisor's places, the
// administrator's tabs. `check(window, name)` is called on each, as it is shown.
#include "administration/AdministrationPage.h"
#include "casefile/CaseFileView.h"
#include "gui/GuiFixture.h"
#include "references/ReferenceLibraryPage.h"
#include "shell/MainWindow.h"
#include "support/Samples.h"

#include <QTabWidget>
#include <QTest>

#include <functional>
#include <string>
#include <utility>

inline void walkEveryScreen(GuiFixture& f, const std::function<void(QWidget&, const char*)>& check)
{
    using trame::Role;
    const std::int64_t id = f.caseFiles.create(sampleRecord(0, "Benali").person).value();
    const auto show = [](MainWindow& window) {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    };
    {
        MainWindow window(*f.workspace, f.clock, f.counsellor);
        show(window);
        check(window, "list of beneficiaries");
        window.showPlace(MainWindow::Agenda);
        check(window, "agenda");
        window.showPlace(MainWindow::ReferenceCases);
        check(window, "reference cases");
        for (int section = 0; section < 6; ++section) {
            window.referenceLibrary()->view()->showSection(section);
            check(window, ("reference case, section " + std::to_string(section + 1)).c_str());
        }
        window.showPlace(MainWindow::Beneficiaries);
        window.openCaseFile(id);
        for (int section = 0; section < 8; ++section) {
            window.caseFileView()->showSection(section);
            check(window, ("case file, section " + std::to_string(section + 1)).c_str());
        }
    }
    {
        const auto supervisor = signInAs(*f.workspace, f.clock, Role::Supervisor, "sup");
        MainWindow window(*f.workspace, f.clock, supervisor);
        show(window);
        for (auto [place, name] : {std::pair{MainWindow::Review, "review queue"}, std::pair{MainWindow::Audit, "audit"},
                                   std::pair{MainWindow::Agenda, "supervisor's agenda"}}) {
            window.showPlace(place);
            check(window, name);
        }
    }
    {
        const auto admin = signInAs(*f.workspace, f.clock, Role::Administrator, "admin");
        MainWindow window(*f.workspace, f.clock, admin);
        show(window);
        window.showPlace(MainWindow::Administration);
        auto* tabs = window.administrationPage()->findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(window, ("administration, tab " + tabs->tabText(tab).toStdString()).c_str());
        }
    }
}
