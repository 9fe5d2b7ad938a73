#pragma once

#include "domain/Date.h"
#include "domain/LocalTime.h"
#include "domain/Timestamp.h"

#include <chrono>
#include <string>

namespace trame::services {

// Time as services see it: injectable, so that tests need not wait or depend on the day.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;

    // Now, to the second: what is stored and compared.
    Timestamp instant() const { return Timestamp::fromTimePoint(now()); }
    // The local calendar day, for due dates and appointments.
    Date today() const;
    // The office's wall clock, to the minute: what appointments are compared with.
    LocalTime localNow() const;
};

class SystemClock : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

} // namespace trame::services
