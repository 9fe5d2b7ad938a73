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
        return makeError(ErrorKind::Invalid, "login",
                         "a login has 2 to 32 characters: lowercase letters, digits, '.', '-' or '_', "
                         "starting with a letter");
    return Ok{};
}

Status validatePassword(std::string_view password, std::string_view login)
{
    const auto length = utf8Length(password);
    if (!length)
        return makeError(ErrorKind::Invalid, "password", "the password is not valid text");
    if (*length < passwords::kMinLength)
        return makeError(ErrorKind::Invalid, "password",
                         "a password has at least " + std::to_string(passwords::kMinLength) + " characters");
    if (auto problem = textProblem(password, passwords::kMaxLength, false))
        return makeError(ErrorKind::Invalid, "password", *problem);
    if (password == login)
        return makeError(ErrorKind::Invalid, "password", "the password cannot be the login");
    return Ok{};
}

Status validateDisplayName(std::string_view name)
{
    if (name.empty())
        return makeError(ErrorKind::Invalid, "display_name", "the name is empty");
    if (auto problem = textProblem(name, limits::kName, false))
        return makeError(ErrorKind::Invalid, "display_name", *problem);
    return Ok{};
}

} // namespace trame
