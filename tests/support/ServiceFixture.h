#pragma once

#include "services/Clock.h"
#include "services/Workspace.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <chrono>
#include <memory>
#include <string>

// What a service test starts from: a new database (a file in its own temporary folder, or a new
// database on the test server), opened and seeded, and
// a clock that moves only when the test says so (Monday 2 November 2026, 9:00).
struct ServiceFixture {
    TempDir dir;
    TestDatabase database{dir, "trame.sqlite"};
    std::string path = database.location();
    std::unique_ptr<trame::services::Workspace> workspace = trame::services::Workspace::open(path).value();
    trame::services::ManualClock clock{std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                                       std::chrono::hours(9)};
};
