#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Timestamp.h"
#include "storage/SqliteError.h"
#include "storage/Statement.h"

#include <optional>
#include <string>
#include <vector>

// Conversions between domain values and column values, shared by the repositories.
namespace trame::storage::columns {

inline std::optional<std::string> date(const std::optional<Date>& value)
{
    return value ? std::optional<std::string>(value->toString()) : std::nullopt;
}

// A stored date that does not parse means the file was damaged or edited by hand.
inline std::optional<Date> date(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    const std::string_view text = row.view(column);
    const auto parsed = Date::parse(text);
    if (!parsed)
        throw SqliteError(Error{ErrorKind::Corrupt, {}, "a stored date is not a date: " + std::string(text)});
    return parsed;
}

inline std::optional<std::string> timestamp(const std::optional<Timestamp>& value)
{
    return value ? std::optional<std::string>(value->toString()) : std::nullopt;
}

// Stored timestamps are canonical, so that SQL compares them as times when it compares them as
// text; one that does not parse means the file was damaged or edited by hand.
inline std::optional<Timestamp> timestamp(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    const std::string_view text = row.view(column);
    const auto parsed = Timestamp::parse(text);
    if (!parsed)
        throw SqliteError(Error{ErrorKind::Corrupt, {}, "a stored time is not a time: " + std::string(text)});
    return parsed;
}

inline Timestamp requiredTimestamp(const Statement& row, int column)
{
    const auto at = timestamp(row, column);
    if (!at)
        throw SqliteError(Error{ErrorKind::Corrupt, {}, "a stored time is missing"});
    return *at;
}

template <typename E> E enumeration(const Statement& row, int column)
{
    const std::string_view text = row.view(column);
    const auto parsed = parseEnum<E>(text);
    if (!parsed)
        throw SqliteError(Error{ErrorKind::Corrupt, {}, "a stored value is unknown: " + std::string(text)});
    return *parsed;
}

template <typename E> std::string enumeration(E value)
{
    return std::string(toString(value));
}

std::string stringList(const std::vector<std::string>& values);
std::vector<std::string> stringList(const Statement& row, int column);

} // namespace trame::storage::columns
