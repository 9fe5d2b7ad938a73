#pragma once

#include <string>
#include <string_view>

namespace trame::storage {

// Turns what a user typed into an FTS5 query: every word is a prefix ("dup" finds "Dupont"),
// all words must match, and FTS5's own syntax (quotes, AND, NEAR, *, :) is neutralised.
// Returns "" when nothing searchable was typed.
std::string toFtsQuery(std::string_view typed);

} // namespace trame::storage
