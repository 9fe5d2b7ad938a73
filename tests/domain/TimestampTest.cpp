#include "domain/Timestamp.h"

#include <catch2/catch.hpp>

using trame::Timestamp;
using namespace std::chrono_literals;

TEST_CASE("A timestamp reads and writes only the canonical UTC form", "[domain][timestamp]")
{
    const auto t = Timestamp::parse("2026-11-28T14:03:09Z");
    REQUIRE(t);
    CHECK(t->toString() == "2026-11-28T14:03:09Z");
    CHECK(Timestamp().toString() == "1970-01-01T00:00:00Z");
    CHECK(Timestamp::parse("2024-02-29T23:59:59Z"));
    for (const char* bad :
         {"", "2026-11-28", "2026-11-28 14:03:09Z", "2026-11-28T14:03:09", "2026-11-28T14:03:09+01:00",
          "2026-02-30T10:00:00Z", "2026-11-28T24:00:00Z", "2026-11-28T14:60:00Z", "1899-12-31T23:59:59Z",
          "+026-11-28T14:03:09Z", "2026-1a-28T14:03:09Z", "2026-11-28T14:03:09.5Z"}) {
        INFO(bad);
        CHECK_FALSE(Timestamp::parse(bad));
    }
}

TEST_CASE("Timestamps compare and shift as times, across days and months", "[domain][timestamp]")
{
    const Timestamp t = *Timestamp::parse("2026-12-31T23:30:00Z");
    CHECK((t + 45min).toString() == "2027-01-01T00:15:00Z");
    CHECK((t - 24h).toString() == "2026-12-30T23:30:00Z");
    CHECK(t < t + 1s);
    CHECK(*Timestamp::parse("2026-12-02T09:00:00Z") > *Timestamp::parse("2026-11-30T23:00:00Z"));
    const auto point = std::chrono::system_clock::time_point(t.instant()) + 900ms;
    CHECK(Timestamp::fromTimePoint(point) == t); // to the second, never rounded up
}
