#include "domain/Account.h"

#include "domain/Text.h"

namespace trame {

Status validateLogin(std::string_view login)
{
    const auto valid = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    };
    bool ok = login.size() >= 2 && login.size() <= 32 && login[0] >= 'a' && login[0] <= 'z';
    for (char c : login)
        ok = ok && valid(c);
    if (!ok)
        return ruleError("login", {rules::kLogin, {}});
    return Ok{};
}

Status validatePassword(std::string_view password, std::string_view login)
{
    const auto length = utf8Length(password);
    if (!length)
        return ruleError("password", {rules::kPasswordNotText, {}});
    if (*length < passwords::kMinLength)
        return ruleError("password", {rules::kPasswordTooShort, {std::to_string(passwords::kMinLength)}});
    if (auto problem = textRule(password, passwords::kMaxLength, false))
        return ruleError("password", *problem);
    if (password == login)
        return ruleError("password", {rules::kPasswordIsLogin, {}});
    return Ok{};
}

Status validateDisplayName(std::string_view name)
{
    if (name.empty())
        return ruleError("display_name", {rules::kNameEmpty, {}});
    if (auto problem = textRule(name, limits::kName, false))
        return ruleError("display_name", *problem);
    return Ok{};
}

} // namespace trame
