#pragma once

// What the period GUI tests share: the page's index, what the next start of Trame reads back, and
// the wait for the case file shown again after a step.
#include "casefile/CaseFileView.h"
#include "gui/GuiFixture.h"
#include "services/SupportPeriods.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QTest>

#include <catch2/catch.hpp>

// The « Parcours » page.
inline constexpr int kPeriod = 7;

// What the next start of Trame finds on disk.
inline std::vector<trame::SupportPeriod> onDisk(const std::string& path, const trame::services::Clock& clock,
                                                const trame::services::Actor& counsellor, std::int64_t id)
{
    auto workspace = GuiFixture::open(path);
    return trame::services::SupportPeriods(*workspace, clock, counsellor).history(id).value();
}

inline QString status(CaseFileView& view)
{
    return view.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
}

// The case file shown again after a step: watched from before the key that takes the step, as
// the old view is deleted and the new one may take its address.
class Reload {
public:
    explicit Reload(MainWindow& window) : m_window(window), m_old(window.caseFileView()) {}
    CaseFileView* wait()
    {
        for (int i = 0; i < 250 && (m_old || !m_window.caseFileView()); ++i)
            QTest::qWait(20);
        REQUIRE(!m_old);
        CaseFileView* view = m_window.caseFileView();
        REQUIRE(view);
        // A desktop gives the window back the keyboard when a dialog closes; offscreen, the test does.
        m_window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&m_window));
        REQUIRE(view->isAncestorOf(QApplication::focusWidget()));
        return view;
    }

private:
    MainWindow& m_window;
    QPointer<CaseFileView> m_old;
};
