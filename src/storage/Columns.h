#pragma once

#include "domain/CaseFile.h"
#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/PeriodRules.h"
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
// What the alerts need of a person's open period (its entry, its programme's limit, the expected
// end of its pause under way): three columns of a query over `beneficiaries b`.
inline constexpr const char* kPeriodAlertColumns =
    "(SELECT p.entry_date FROM support_periods p WHERE p.beneficiary_id = b.id AND p.exit_date IS NULL),"
    " (SELECT g.max_months FROM support_periods p JOIN programmes g ON g.code = p.programme"
    "  WHERE p.beneficiary_id = b.id AND p.exit_date IS NULL),"
    " (SELECT pp.expected_end FROM support_periods p JOIN period_pauses pp ON pp.period_id = p.id"
    "  WHERE p.beneficiary_id = b.id AND p.exit_date IS NULL AND pp.until_date IS NULL)";
// The alerts from those three columns, the first at `column`.
rules::PeriodAlerts periodAlerts(const Statement& row, int column, const Date& today);

// A case file's follow-up rhythm, stored as a small JSON object; none when NULL.
std::optional<FollowUpRhythm> rhythm(const Statement& row, int column);
std::vector<std::string> stringList(const Statement& row, int column);

} // namespace trame::storage::columns
