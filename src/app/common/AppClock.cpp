#include "common/AppClock.h"

#include "common/Conversions.h"
#include "services/Clock.h"

namespace AppClock {

namespace {

const trame::services::Clock* g_clock = nullptr;

} // namespace

const trame::services::Clock& clock()
{
    static const trame::services::SystemClock system;
    return g_clock ? *g_clock : system;
}

void set(const trame::services::Clock* clock)
{
    g_clock = clock;
}

QDate today()
{
    return toQDate(clock().today());
}

QDateTime now()
{
    return toQDateTime(clock().instant()).toLocalTime();
}

} // namespace AppClock
