#include "cli/ArgParser.h"

namespace trame::cli {

std::optional<std::string> ParsedArgs::value(const std::string& name) const
{
    const auto it = options.find(name);
    return it == options.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<ParsedArgs> parseArgs(const std::vector<std::string>& args, const OptionSpec& spec, std::string& error)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (optionsEnded || arg == "-" || arg.empty() || arg[0] != '-') {
            parsed.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name;
        std::optional<std::string> inlineValue;
        if (arg.rfind("--", 0) == 0) {
            name = arg.substr(2);
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name.resize(eq);
            }
        } else if (const auto it = spec.shortNames.find(arg); it != spec.shortNames.end()) {
            name = it->second;
        } else {
            error = "unknown option " + arg;
            return std::nullopt;
        }
        if (spec.flags.count(name)) {
            if (inlineValue) {
                error = "option --" + name + " takes no value";
                return std::nullopt;
            }
            parsed.options[name] = "";
        } else if (spec.withValue.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    error = "option --" + name + " needs a value";
                    return std::nullopt;
                }
                inlineValue = args[++i];
            }
            parsed.options[name] = *inlineValue;
        } else {
            error = "unknown option " + arg;
            return std::nullopt;
        }
    }
    return parsed;
}

} // namespace trame::cli
