#include "domain/Date.h"

#include <catch2/catch.hpp>

using trame::Date;

TEST_CASE("Dates parse only real days in YYYY-MM-DD form", "[date]")
{
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2025-02-29"));
    CHECK_FALSE(Date::parse("2025-02-30"));
    CHECK_FALSE(Date::parse("2025-13-01"));
    CHECK_FALSE(Date::parse("2025-00-10"));
    CHECK_FALSE(Date::parse("2025-1-01"));
    CHECK_FALSE(Date::parse("01/02/2025"));
    CHECK_FALSE(Date::parse("2025-01-01T00:00"));
    CHECK_FALSE(Date::parse("1899-12-31"));
    CHECK_FALSE(Date::parse("2a25-01-01"));
    CHECK_FALSE(Date::parse(""));
    CHECK(Date::parse("2026-11-28")->toString() == "2026-11-28");
}

TEST_CASE("Adding months keeps the day or clamps it to the month's end", "[date]")
{
    CHECK(Date(2026, 1, 31).addMonths(1) == Date(2026, 2, 28));
    CHECK(Date(2024, 1, 31).addMonths(1) == Date(2024, 2, 29));
    CHECK(Date(2026, 11, 15).addMonths(3) == Date(2027, 2, 15));
    CHECK(Date(2026, 12, 30).addDays(14) == Date(2027, 1, 13));
}

TEST_CASE("Dates order chronologically", "[date]")
{
    CHECK(Date(2026, 1, 2) < Date(2026, 2, 1));
    CHECK(Date(2025, 12, 31) < Date(2026, 1, 1));
}
