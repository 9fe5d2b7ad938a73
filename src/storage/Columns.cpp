#include "storage/Columns.h"

#include <nlohmann/json.hpp>

namespace trame::storage::columns {

std::string stringList(const std::vector<std::string>& values)
{
    return nlohmann::json(values).dump();
}

std::vector<std::string> stringList(const Statement& row, int column)
{
    const auto parsed = nlohmann::json::parse(row.text(column), nullptr, false);
    if (!parsed.is_array())
        throw StorageError(Error{ErrorKind::Corrupt, {}, "a stored list is not a JSON array"});
    std::vector<std::string> values;
    for (const auto& item : parsed) {
        if (!item.is_string())
            throw StorageError(Error{ErrorKind::Corrupt, {}, "a stored list holds a non-string"});
        values.push_back(item.get<std::string>());
    }
    return values;
}

rules::PeriodAlerts periodAlerts(const Statement& row, int column, const Date& today)
{
    const std::optional<int> maxMonths =
        row.isNull(column + 1) ? std::nullopt : std::optional<int>(static_cast<int>(row.integer(column + 1)));
    return rules::alertsFor(date(row, column), maxMonths, date(row, column + 2), today);
}

std::optional<FollowUpRhythm> rhythm(const Statement& row, int column)
{
    const auto text = row.optionalText(column);
    if (!text)
        return std::nullopt;
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    const auto kind = j.is_object() ? parseEnum<RhythmKind>(j.value("kind", "")) : std::nullopt;
    const auto unit = j.is_object() ? parseEnum<IntervalUnit>(j.value("unit", "")) : std::nullopt;
    if (!kind || !unit || !j.contains("count") || !j["count"].is_number_integer())
        throw StorageError(Error{ErrorKind::Corrupt, {}, "a stored follow-up rhythm is unreadable"});
    return FollowUpRhythm{*kind, {j["count"].get<int>(), *unit}, j.value("after_event", ""), j.value("label", "")};
}

} // namespace trame::storage::columns
