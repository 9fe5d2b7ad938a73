#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trame::storage {

// Turns what a user typed into an FTS5 query: every word is a prefix ("dup" finds "Dupont"),
// all words must match, and FTS5's own syntax (quotes, AND, NEAR, *, :) is neutralised.
// Returns "" when nothing searchable was typed.
std::string toFtsQuery(std::string_view typed);

// The words of what a user typed, split as toFtsQuery splits them: what the server's search
// matches, each as the start of a word of the person's folded text.
std::vector<std::string> searchWords(std::string_view typed);

} // namespace trame::storage
