#pragma once

#include "domain/Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace trame {

template <typename T> class Result;

namespace detail {
template <typename R> struct IsResult : std::false_type {
};
template <typename U> struct IsResult<Result<U>> : std::true_type {
};
} // namespace detail

// A value or an Error: GCC 12 has no std::expected, and exceptions must not cross layer edges.
// It speaks std::expected's vocabulary (has_value, value_or, and_then, transform, or_else), so
// that it can become `std::expected<T, Error>` on a compiler that has it.
template <typename T> class [[nodiscard]] Result {
public:
    using value_type = T;
    using error_type = Error;

    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool has_value() const { return std::holds_alternative<T>(m_state); }
    bool ok() const { return has_value(); }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

    template <typename U> T value_or(U&& fallback) const&
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    // The next step, run only on a value; it returns a Result of its own.
    template <typename F> auto and_then(F&& next) const&
    {
        using R = std::invoke_result_t<F, const T&>;
        static_assert(detail::IsResult<R>::value, "and_then takes a function that returns a Result");
        return has_value() ? std::forward<F>(next)(value()) : R(error());
    }
    template <typename F> auto and_then(F&& next) &&
    {
        using R = std::invoke_result_t<F, T&&>;
        static_assert(detail::IsResult<R>::value, "and_then takes a function that returns a Result");
        return has_value() ? std::forward<F>(next)(std::move(*this).value()) : R(error());
    }

    // The value turned into another one; an error passes through.
    template <typename F> auto transform(F&& change) const&
    {
        using U = std::remove_cvref_t<std::invoke_result_t<F, const T&>>;
        return has_value() ? Result<U>(std::forward<F>(change)(value())) : Result<U>(error());
    }

    // A way out of an error (another Result of T); a value passes through.
    template <typename F> Result or_else(F&& recover) const&
    {
        return has_value() ? *this : Result(std::forward<F>(recover)(error()));
    }

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
