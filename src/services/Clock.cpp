#include "services/Clock.h"

#include <cstdio>
#include <ctime>

namespace trame::services {

Date Clock::today() const
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now());
    std::tm local{};
    localtime_r(&seconds, &local);
    return Date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday));
}

} // namespace trame::services
