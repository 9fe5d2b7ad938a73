#include "domain/JsonReader.h"

#include "domain/Text.h"

namespace trame {

void JsonReader::fail(const std::string& message) const
{
    throw JsonInputError(Error{ErrorKind::Invalid, m_path, message});
}

std::string JsonReader::typeName() const
{
    switch (m_value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_float: return "a decimal number";
    default: return "a number";
    }
}

void JsonReader::expectObject(std::initializer_list<const char*> known) const
{
    if (!m_value.is_object())
        fail("expected an object, found " + typeName());
    for (const auto& item : m_value.items()) {
        bool isKnown = false;
        for (const char* key : known)
            isKnown = isKnown || item.key() == key;
        if (!isKnown)
            JsonReader(item.value(), m_path + "." + item.key()).fail("unknown field");
    }
}

bool JsonReader::has(const char* key) const
{
    return m_value.is_object() && m_value.contains(key);
}

JsonReader JsonReader::at(const char* key) const
{
    const std::string path = m_path.empty() ? key : m_path + "." + key;
    if (!m_value.is_object())
        fail("expected an object, found " + typeName());
    const auto it = m_value.find(key);
    if (it == m_value.end())
        JsonReader(m_value, path).fail("is missing");
    return JsonReader(*it, path);
}

std::vector<JsonReader> JsonReader::items(std::size_t maxItems) const
{
    if (!m_value.is_array())
        fail("expected an array, found " + typeName());
    if (m_value.size() > maxItems)
        fail("has " + std::to_string(m_value.size()) + " entries, more than the " + std::to_string(maxItems) +
             " allowed");
    std::vector<JsonReader> result;
    result.reserve(m_value.size());
    for (std::size_t i = 0; i < m_value.size(); ++i)
        result.emplace_back(m_value[i], m_path + "[" + std::to_string(i) + "]");
    return result;
}

std::string JsonReader::string(std::size_t maxChars, bool multiline) const
{
    if (!m_value.is_string())
        fail("expected a string, found " + typeName());
    const auto& text = m_value.get_ref<const std::string&>();
    if (auto problem = textProblem(text, maxChars, multiline))
        fail(*problem);
    return text;
}

std::int64_t JsonReader::integer(std::int64_t min, std::int64_t max) const
{
    if (!m_value.is_number_integer())
        fail("expected a whole number, found " + typeName());
    const std::string range = " is outside " + std::to_string(min) + ".." + std::to_string(max);
    if (m_value.is_number_unsigned() && m_value.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        fail(std::to_string(m_value.get<std::uint64_t>()) + range);
    const auto value = m_value.get<std::int64_t>();
    if (value < min || value > max)
        fail(std::to_string(value) + range);
    return value;
}

Date JsonReader::date() const
{
    const std::string text = string(limits::kShort);
    const auto parsed = Date::parse(text);
    if (!parsed)
        fail(text + " is not a date (expected YYYY-MM-DD, a real day between 1900 and 2199)");
    return *parsed;
}

std::optional<Timestamp> JsonReader::timestamp(const char* key) const
{
    if (!has(key) || m_value.at(key).is_null())
        return std::nullopt;
    const JsonReader value = at(key);
    const std::string text = value.string(limits::kShort);
    if (text.empty())
        return std::nullopt;
    const auto parsed = Timestamp::parse(text);
    if (!parsed)
        value.fail(text + " is not a timestamp (expected YYYY-MM-DDThh:mm:ssZ, between 1900 and 2199)");
    return parsed;
}

std::string JsonReader::string(const char* key, std::size_t maxChars, bool multiline) const
{
    return has(key) ? at(key).string(maxChars, multiline) : std::string();
}

std::optional<Date> JsonReader::optionalDate(const char* key) const
{
    if (!has(key) || m_value.at(key).is_null())
        return std::nullopt;
    return at(key).date();
}

std::vector<std::string> JsonReader::strings(const char* key, std::size_t maxChars) const
{
    std::vector<std::string> result;
    if (!has(key))
        return result;
    for (const JsonReader& item : at(key).items(limits::kListItems))
        result.push_back(item.string(maxChars, true));
    return result;
}

} // namespace trame
