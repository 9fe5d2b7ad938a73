#pragma once

#include "domain/Date.h"

#include <chrono>
#include <string>

namespace trame::services {

// Time as services see it: injectable, so that tests need not wait or depend on the day.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;

    // "2026-11-28T14:03:00Z"
    std::string timestamp() const;
    // The local calendar day, for due dates and appointments.
    Date today() const;
};

class SystemClock : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

// A clock that only moves when told to.
class ManualClock : public Clock {
public:
    explicit ManualClock(std::chrono::system_clock::time_point start) : m_now(start) {}
    std::chrono::system_clock::time_point now() const override { return m_now; }
    void advance(std::chrono::seconds by) { m_now += by; }
    void set(std::chrono::system_clock::time_point to) { m_now = to; }

private:
    std::chrono::system_clock::time_point m_now;
};

} // namespace trame::services
