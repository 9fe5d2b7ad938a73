#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Error.h"
#include "domain/Timestamp.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace trame {

// Thrown while reading a JSON document; the public parse functions turn it into an Error.
class JsonInputError : public std::runtime_error {
public:
    explicit JsonInputError(Error error) : std::runtime_error(error.describe()), m_error(std::move(error)) {}
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

// A JSON value and the path that leads to it ("beneficiaries[3].birth_date"), so that every
// complaint names the field. Reads are strict: wrong types, unknown fields and bad enum values fail.
class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::string path) : m_value(value), m_path(std::move(path)) {}

    const std::string& path() const { return m_path; }
    const nlohmann::json& raw() const { return m_value; }
    [[noreturn]] void fail(const std::string& message) const;

    // Requires an object whose keys are all in `known`.
    void expectObject(std::initializer_list<const char*> known) const;
    bool has(const char* key) const;
    JsonReader at(const char* key) const;                      // the field must be present
    std::vector<JsonReader> items(std::size_t maxItems) const; // the value must be an array

    std::string string(std::size_t maxChars, bool multiline = false) const;
    std::int64_t integer(std::int64_t min, std::int64_t max) const;
    Date date() const;
    bool isNull() const { return m_value.is_null(); }

    template <typename E> E enumValue() const
    {
        if (!m_value.is_string())
            fail("expected one of " + allowedValues<E>() + ", found " + typeName());
        const auto parsed = parseEnum<E>(m_value.get_ref<const std::string&>());
        if (!parsed)
            fail("'" + m_value.get<std::string>() + "' is not one of " + allowedValues<E>());
        return *parsed;
    }

    // Optional fields: the default when absent (or null, for the optional<> forms).
    std::string string(const char* key, std::size_t maxChars, bool multiline = false) const;
    // A time in the canonical form; absent, null or "" is none.
    std::optional<Timestamp> timestamp(const char* key) const;
    std::optional<Date> optionalDate(const char* key) const;
    std::vector<std::string> strings(const char* key, std::size_t maxChars) const;
    template <typename E> E enumValue(const char* key, E fallback) const
    {
        return has(key) ? at(key).enumValue<E>() : fallback;
    }

private:
    std::string typeName() const;

    const nlohmann::json& m_value;
    std::string m_path;
};

} // namespace trame
