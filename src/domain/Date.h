#pragma once

#include <chrono> // also brings <compare>: Qt 6.4's moc fails on a direct #include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace trame {

// A calendar date with no time zone: an appointment, a birth date, a due date.
class Date {
public:
    Date() = default;
    Date(int year, unsigned month, unsigned day);

    // Only "YYYY-MM-DD" of a real day (no 2025-02-30), years 1900 to 2199.
    static std::optional<Date> parse(std::string_view text);
    static Date fromDays(std::chrono::sys_days days);
    // A date as a French person types it: "15/03/1981", "15.3.1981", "15-03-81", "15031981" or
    // "150381" (day first). A two-digit year is the one within 20 years after `today`'s year and
    // 79 before it, so that "81" is 1981 and "27" is 2027 when typed in 2026.
    static std::optional<Date> parseTyped(std::string_view text, const Date& today);

    std::string toString() const;
    int year() const { return static_cast<int>(m_ymd.year()); }
    unsigned month() const { return static_cast<unsigned>(m_ymd.month()); }
    unsigned day() const { return static_cast<unsigned>(m_ymd.day()); }
    std::chrono::sys_days days() const { return std::chrono::sys_days(m_ymd); }

    Date addDays(int count) const;
    // Same day of a later month, clamped to the month's last day (31 January + 1 month = 28/29 February).
    Date addMonths(int count) const;

    friend bool operator==(const Date& a, const Date& b) { return a.m_ymd == b.m_ymd; }
    friend auto operator<=>(const Date& a, const Date& b) { return a.m_ymd <=> b.m_ymd; }

private:
    std::chrono::year_month_day m_ymd{std::chrono::year(2000), std::chrono::January, std::chrono::day(1)};
};

} // namespace trame
