#include "domain/RuleText.h"

namespace trame::rules {

std::string fill(std::string_view rule, const std::vector<std::string>& args)
{
    std::string out;
    for (std::size_t i = 0; i < rule.size(); ++i) {
        if (rule[i] == '{' && i + 2 < rule.size() && rule[i + 2] == '}' && rule[i + 1] >= '1' && rule[i + 1] <= '9') {
            const auto at = static_cast<std::size_t>(rule[i + 1] - '1');
            if (at < args.size()) {
                out += args[at];
                i += 2;
                continue;
            }
        }
        out += rule[i];
    }
    return out;
}

std::string Broken::message() const
{
    return fill(rule, args);
}

} // namespace trame::rules

namespace trame {

Error ruleError(std::string path, const rules::Broken& broken)
{
    Error error{ErrorKind::Invalid, std::move(path), broken.message()};
    error.rule = broken.rule;
    error.args = broken.args;
    return error;
}

} // namespace trame
