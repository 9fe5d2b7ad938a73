#pragma once

#include "domain/RuleText.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace trame {

// Documented limits, in characters (Unicode code points), see docs/data-format.md.
namespace limits {
constexpr std::size_t kName = 100;      // first and last names, logins
constexpr std::size_t kShort = 300;     // labels, titles, phone, e-mail, keys
constexpr std::size_t kMedium = 4000;   // guidance, details, notes of one item
constexpr std::size_t kLong = 20000;    // situation, interview notes, address
constexpr std::size_t kListItems = 500; // entries in any one list
} // namespace limits

// Number of code points, or nullopt when `text` is not valid UTF-8 (overlongs and surrogates
// included).
std::optional<std::size_t> utf8Length(std::string_view text);

// Why `text` is not acceptable as a field value, or nullopt when it is: invalid UTF-8, longer
// than `maxChars`, control characters (line breaks and tabs allowed only when `multiline`).
std::optional<std::string> textProblem(std::string_view text, std::size_t maxChars, bool multiline);
// The same, as the rule broken and its values (RuleText.h).
std::optional<rules::Broken> textRule(std::string_view text, std::size_t maxChars, bool multiline);

// Lowercase ASCII letters, digits and '_', starting with a letter: catalogue and template keys.
bool isKey(std::string_view text);

} // namespace trame
