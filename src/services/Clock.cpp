#include "services/Clock.h"

#include <cstdio>
#include <ctime>

namespace trame::services {

std::string Clock::timestamp() const
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now());
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

Date Clock::today() const
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now());
    std::tm local{};
    localtime_r(&seconds, &local);
    return Date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday));
}

} // namespace trame::services
