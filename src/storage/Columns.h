#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Timestamp.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <optional>
#include <string>
#include <vector>

// Conversions between domain values and column values, shared by the repositories.
namespace trame::storage::columns {

// The canonical text of a date or a time, and back. A stored value that does not parse means the
// file was damaged or edited by hand. Stored times are canonical, so that SQL compares them as
// times when it compares them as text.
template <typename T> std::optional<std::string> canonical(const std::optional<T>& value)
{
    return value ? std::optional<std::string>(value->toString()) : std::nullopt;
}

template <typename T> std::optional<T> parsed(const Statement& row, int column, const char* what)
{
    if (row.isNull(column))
        return std::nullopt;
    const std::string_view text = row.view(column);
    const auto value = T::parse(text);
    if (!value)
        throw StorageError(Error{
            ErrorKind::Corrupt, {}, std::string("a stored ") + what + " is not a " + what + ": " + std::string(text)});
    return value;
}

inline std::optional<std::string> date(const std::optional<Date>& value)
{
    return canonical(value);
}
inline std::optional<Date> date(const Statement& row, int column)
{
    return parsed<Date>(row, column, "date");
}
inline std::optional<std::string> timestamp(const std::optional<Timestamp>& value)
{
    return canonical(value);
}
inline std::optional<Timestamp> timestamp(const Statement& row, int column)
{
    return parsed<Timestamp>(row, column, "time");
}

inline Timestamp requiredTimestamp(const Statement& row, int column)
{
    const auto at = timestamp(row, column);
    if (!at)
        throw StorageError(Error{ErrorKind::Corrupt, {}, "a stored time is missing"});
    return *at;
}

template <typename E> E enumeration(const Statement& row, int column)
{
    const std::string_view text = row.view(column);
    const auto parsed = parseEnum<E>(text);
    if (!parsed)
        throw StorageError(Error{ErrorKind::Corrupt, {}, "a stored value is unknown: " + std::string(text)});
    return *parsed;
}

template <typename E> std::string enumeration(E value)
{
    return std::string(toString(value));
}

std::string stringList(const std::vector<std::string>& values);
std::vector<std::string> stringList(const Statement& row, int column);

} // namespace trame::storage::columns
