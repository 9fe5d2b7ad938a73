#include "services/Clock.h"

#include <cstdio>
#include <ctime>

namespace trame::services {

Date Clock::today() const
{
    return localNow().day;
}

LocalTime Clock::localNow() const
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now());
    std::tm local{};
    localtime_r(&seconds, &local);
    return {Date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday)),
            local.tm_hour * 60 + local.tm_min};
}

} // namespace trame::services
