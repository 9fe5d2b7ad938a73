#include "domain/Date.h"

#include <cstdio>
#include <string>

namespace trame {

using namespace std::chrono;

Date::Date(int y, unsigned m, unsigned d) : m_ymd(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)) {}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](size_t from, size_t count) -> int {
        int value = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (y < 1900 || y > 2199 || m < 1 || d < 1)
        return std::nullopt;
    Date date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    if (!date.m_ymd.ok())
        return std::nullopt;
    return date;
}

namespace {

int fullYear(int typed, std::size_t digits, const Date& today)
{
    if (digits == 4)
        return typed;
    const int century = today.year() - today.year() % 100;
    int year = century + typed;
    if (year > today.year() + 20)
        year -= 100;
    return year;
}

} // namespace

std::optional<Date> Date::parseTyped(std::string_view text, const Date& today)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    // Digit runs, split at separators; a run of 6 or 8 digits alone is DDMMYY or DDMMYYYY.
    std::string parts[3];
    std::size_t count = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            if (count == 0)
                count = 1;
            parts[count - 1] += c;
        } else if ((c == '/' || c == '.' || c == '-') && count > 0 && count < 3 && !parts[count - 1].empty()) {
            ++count;
        } else {
            return std::nullopt;
        }
    }
    if (count == 1 && (parts[0].size() == 6 || parts[0].size() == 8)) {
        const std::string run = parts[0];
        parts[0] = run.substr(0, 2);
        parts[1] = run.substr(2, 2);
        parts[2] = run.substr(4);
        count = 3;
    }
    if (count != 3 || parts[0].size() > 2 || parts[1].size() > 2 || parts[0].empty() || parts[1].empty() ||
        (parts[2].size() != 2 && parts[2].size() != 4))
        return std::nullopt;
    const int d = std::stoi(parts[0]), m = std::stoi(parts[1]);
    const int y = fullYear(std::stoi(parts[2]), parts[2].size(), today);
    char iso[40];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    return parse(iso);
}

Date Date::fromDays(sys_days days)
{
    Date date;
    date.m_ymd = year_month_day(days);
    return date;
}

std::string Date::toString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

Date Date::addDays(int count) const
{
    return fromDays(days() + std::chrono::days(count));
}

Date Date::addMonths(int count) const
{
    const year_month ym = year_month(m_ymd.year(), m_ymd.month()) + months(count);
    const std::chrono::day last = year_month_day_last(ym.year(), month_day_last(ym.month())).day();
    Date date;
    date.m_ymd = year_month_day(ym.year(), ym.month(), m_ymd.day() > last ? last : m_ymd.day());
    return date;
}

} // namespace trame
