#pragma once

#include "common/AppClock.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <chrono>

// A fresh database, a clock stopped on 2 November 2026 at 9:00, and the counsellor cmartin (the
// samples' counsellor), signed in, with their case-file service.
struct GuiFixture {
    TempDir dir;
    std::string path = dir.file("gui.sqlite");
    std::unique_ptr<trame::services::Workspace> workspace = open(path);
    trame::services::ManualClock clock{std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                                       std::chrono::hours(9)};
    // The widgets' own reads of time (a date field's today, the time of an autosave) see it too.
    struct AppClockScope {
        explicit AppClockScope(const trame::services::Clock& clock) { AppClock::set(&clock); }
        ~AppClockScope() { AppClock::set(nullptr); }
        AppClockScope(const AppClockScope&) = delete;
        AppClockScope& operator=(const AppClockScope&) = delete;
    } appClock{clock};
    trame::services::Actor counsellor = signInAs(*workspace, clock, trame::Role::Counsellor, "cmartin");
    trame::services::CaseFiles caseFiles{*workspace, clock, counsellor};

    static std::unique_ptr<trame::services::Workspace> open(const std::string& file)
    {
        auto workspace = trame::services::Workspace::open(file);
        REQUIRE(workspace.ok());
        return std::move(workspace).value();
    }
};
