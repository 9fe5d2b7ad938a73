#pragma once

#include <chrono> // also brings <compare>: Qt 6.4's moc fails on a direct #include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace trame {

// An instant, to the second, in UTC: when something was written, decided, locked or taken.
// Stored and exchanged in one canonical text form, "2026-11-28T14:03:00Z", so that the text
// order of stored values is their time order; compared and shifted as a time, never as text.
class Timestamp {
public:
    using Seconds = std::chrono::sys_seconds;

    Timestamp() = default; // 1970-01-01T00:00:00Z: a record not yet stamped
    explicit Timestamp(Seconds instant) : m_instant(instant) {}
    static Timestamp fromTimePoint(std::chrono::system_clock::time_point point)
    {
        return Timestamp(std::chrono::floor<std::chrono::seconds>(point));
    }

    // Only the canonical form of a real instant, years 1900 to 2199.
    static std::optional<Timestamp> parse(std::string_view text);
    std::string toString() const;

    Seconds instant() const { return m_instant; }
    std::chrono::sys_days day() const { return std::chrono::floor<std::chrono::days>(m_instant); }

    friend Timestamp operator+(Timestamp t, std::chrono::seconds by) { return Timestamp(t.m_instant + by); }
    friend Timestamp operator-(Timestamp t, std::chrono::seconds by) { return Timestamp(t.m_instant - by); }
    friend bool operator==(const Timestamp&, const Timestamp&) = default;
    friend auto operator<=>(const Timestamp&, const Timestamp&) = default;

private:
    Seconds m_instant{};
};

} // namespace trame
