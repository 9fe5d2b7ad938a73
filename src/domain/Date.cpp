#include "domain/Date.h"

#include <cstdio>

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
