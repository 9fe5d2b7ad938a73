#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace trame::cli {

// What the command line said: options (with their value, or "" for flags) and positionals,
// in the order given. Options may appear anywhere; "--" ends them.
struct ParsedArgs {
    std::map<std::string, std::string> options;
    std::vector<std::string> positionals;

    bool has(const std::string& name) const { return options.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
};

struct OptionSpec {
    std::set<std::string> flags;                   // --name, no value
    std::set<std::string> withValue;               // --name VALUE or --name=VALUE
    std::map<std::string, std::string> shortNames; // "-o" -> "output"
};

// Parses `args` (without the program name); on error, returns nullopt and sets `error`.
std::optional<ParsedArgs> parseArgs(const std::vector<std::string>& args, const OptionSpec& spec, std::string& error);

} // namespace trame::cli
