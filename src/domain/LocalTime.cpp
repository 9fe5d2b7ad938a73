#include "domain/LocalTime.h"

#include <cstdio>

namespace trame {

namespace {
constexpr int kDay = 24 * 60;

int twoDigits(std::string_view text, std::size_t at)
{
    const char a = text[at];
    const char b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return -1;
    return (a - '0') * 10 + (b - '0');
}
} // namespace

std::optional<LocalTime> LocalTime::parse(std::string_view text)
{
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':')
        return std::nullopt;
    const auto day = Date::parse(text.substr(0, 10));
    const int hours = twoDigits(text, 11);
    const int minutes = twoDigits(text, 14);
    if (!day || hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return LocalTime{*day, hours * 60 + minutes};
}

std::string LocalTime::toString() const
{
    char time[16];
    std::snprintf(time, sizeof time, "T%02d:%02d", minute / 60, minute % 60);
    return day.toString() + time;
}

LocalTime LocalTime::plusMinutes(int count) const
{
    const int total = minute + count;
    const int days = total >= 0 ? total / kDay : -((-total + kDay - 1) / kDay);
    return {day.addDays(days), total - days * kDay};
}

int LocalTime::minutesSince(const LocalTime& earlier) const
{
    const auto days = (day.days() - earlier.day.days()).count();
    return static_cast<int>(days) * kDay + minute - earlier.minute;
}

} // namespace trame
