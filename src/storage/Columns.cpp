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

} // namespace trame::storage::columns
