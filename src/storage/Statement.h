#pragma once

#include "domain/Timestamp.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace trame::storage {

namespace detail {
class StatementBackend;
}

// A prepared statement, on whichever back end the database is; every value is bound, never
// spliced into SQL. Parameters are written ?1, ?2... or :name, as SQLite writes them; the server's
// back end renumbers them. Throws StorageError.
class Statement {
public:
    explicit Statement(std::unique_ptr<detail::StatementBackend> backend);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    // A time is stored in its canonical text, whose text order is its time order.
    Statement& bind(int index, const Timestamp& at) { return bind(index, at.toString()); }
    Statement& bind(int index, const std::optional<Timestamp>& at)
    {
        return at ? bind(index, at->toString()) : bindNull(index);
    }
    Statement& bindNull(int index);

    // Binds `value` to the parameter called `name` (":today"), when the SQL has it.
    template <typename T> Statement& bindNamed(const char* name, const T& value)
    {
        if (const int index = parameterIndex(name))
            bind(index, value);
        return *this;
    }
    int parameterIndex(const char* name) const;

    // Binds each argument to ?1, ?2, ... in order.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances; true while a row is available.
    bool step();
    // Steps a statement that returns no row.
    void run();
    // Steps an INSERT … RETURNING id (both back ends write it so) and gives the id.
    std::int64_t returnedId();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    // The column's text without a copy, valid until the next step or reset: for values parsed at
    // once (enumerations, dates) in loops over many rows.
    std::string_view view(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;

private:
    std::unique_ptr<detail::StatementBackend> m_backend;
};

} // namespace trame::storage
