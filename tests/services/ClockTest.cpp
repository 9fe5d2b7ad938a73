#include "services/Clock.h"
#include "support/ManualClock.h"

#include <catch2/catch.hpp>

using namespace trame::services;
using namespace std::chrono;

TEST_CASE("Timestamps are UTC, to the second, with a Z", "[clock]")
{
    ManualClock clock(sys_days(year(2026) / November / 28) + hours(14) + minutes(3) + seconds(7));
    CHECK(clock.instant().toString() == "2026-11-28T14:03:07Z");
    clock.advance(hours(10));
    CHECK(clock.instant().toString() == "2026-11-29T00:03:07Z");
}

TEST_CASE("The system clock tells the present", "[clock]")
{
    const SystemClock clock;
    CHECK(clock.today().year() >= 2025);
    CHECK(clock.instant().toString().size() == 20);
}
