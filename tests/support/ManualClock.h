#pragma once

#include "services/Clock.h"

namespace trame::services {

// A clock that only moves when told to: tests' time, never the program's.
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
