#include "domain/Timestamp.h"

#include <charconv>

namespace trame {

namespace {

// The digits at [from, from + count) as a number, or nothing when any is not a digit.
std::optional<int> digits(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    const char* first = text.data() + from;
    const auto [end, error] = std::from_chars(first, first + count, value);
    if (error != std::errc() || end != first + count || *first == '+' || *first == '-')
        return std::nullopt;
    return value;
}

std::string twoDigits(long value)
{
    return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

} // namespace

std::optional<Timestamp> Timestamp::parse(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SSZ
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    const auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(*year), std::chrono::month(static_cast<unsigned>(*month)),
                                          std::chrono::day(static_cast<unsigned>(*day))};
    if (!ymd.ok() || *year < 1900 || *year > 2199 || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    return Timestamp(std::chrono::sys_days(ymd) + std::chrono::hours(*hour) + std::chrono::minutes(*minute) +
                     std::chrono::seconds(*second));
}

std::string Timestamp::toString() const
{
    const std::chrono::year_month_day ymd{day()};
    const std::chrono::hh_mm_ss time{m_instant - day()};
    const int year = static_cast<int>(ymd.year());
    std::string text = std::to_string(year);
    text.insert(0, text.size() < 4 ? 4 - text.size() : 0, '0');
    text += '-' + twoDigits(static_cast<unsigned>(ymd.month())) + '-' + twoDigits(static_cast<unsigned>(ymd.day()));
    text += 'T' + twoDigits(time.hours().count()) + ':' + twoDigits(time.minutes().count()) + ':' +
            twoDigits(time.seconds().count()) + 'Z';
    return text;
}

} // namespace trame
