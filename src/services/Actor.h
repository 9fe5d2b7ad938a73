#pragma once

#include "domain/Access.h"
#include "domain/Enums.h"

#include <cstdint>
#include <string>

namespace trame::services {

class Accounts;

// The signed-in user every service acts for. Only Accounts makes one, after checking a password:
// no screen and no command can claim a role it was not given.
class Actor {
public:
    std::int64_t accountId() const { return m_accountId; }
    const std::string& login() const { return m_login; }
    const std::string& displayName() const { return m_displayName; }
    Role role() const { return m_role; }

    // Whose case file one assigned to `counsellor` is, for this user.
    Scope scopeFor(const std::string& counsellor) const { return counsellor == m_login ? Scope::Own : Scope::Other; }
    bool may(Action action, Scope scope = Scope::Any) const { return permits(m_role, action, scope); }

private:
    friend class Accounts;
    Actor(std::int64_t accountId, std::string login, std::string displayName, Role role)
        : m_accountId(accountId), m_login(std::move(login)), m_displayName(std::move(displayName)), m_role(role)
    {
    }

    std::int64_t m_accountId;
    std::string m_login;
    std::string m_displayName;
    Role m_role;
};

} // namespace trame::services
