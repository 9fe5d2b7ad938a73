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

TEST_CASE("Dates are read as a French person types them", "[date]")
{
    const Date today(2026, 12, 2);
    const auto typed = [&](std::string_view text) { return Date::parseTyped(text, today); };
    CHECK(typed("15/03/1981") == Date(1981, 3, 15));
    CHECK(typed("15031981") == Date(1981, 3, 15));
    CHECK(typed("1/3/1981") == Date(1981, 3, 1));
    CHECK(typed("15.03.81") == Date(1981, 3, 15));
    CHECK(typed("150381") == Date(1981, 3, 15));
    CHECK(typed("01/09/27") == Date(2027, 9, 1)); // the first of a month is a date like any other
    CHECK(typed("010946") == Date(2046, 9, 1));   // within 20 years ahead: this century
    CHECK(typed("010947") == Date(1947, 9, 1));
    CHECK(typed(" 01-01-1900 ") == Date(1900, 1, 1));
    CHECK_FALSE(typed("").has_value());
    CHECK_FALSE(typed("15/03").has_value());
    CHECK_FALSE(typed("1503198").has_value());
    CHECK_FALSE(typed("31/02/2026").has_value());
    CHECK_FALSE(typed("15/13/2026").has_value());
    CHECK_FALSE(typed("15//2026").has_value());
    CHECK_FALSE(typed("15/03/1981/2").has_value());
    CHECK_FALSE(typed("le 15 mars").has_value());
    CHECK_FALSE(typed("150/3/1981").has_value());
}
