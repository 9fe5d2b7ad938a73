#pragma once

#include "domain/Error.h"

#include <utility>
#include <variant>

namespace trame {

// A value or an Error: GCC 12 has no std::expected, and exceptions must not cross layer edges.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Ok {};

// Result of an operation that only succeeds or fails.
using Status = Result<Ok>;

inline Error makeError(ErrorKind kind, std::string path, std::string message)
{
    return Error{kind, std::move(path), std::move(message)};
}

} // namespace trame
