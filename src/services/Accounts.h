#pragma once

#include "domain/Account.h"
#include "domain/Result.h"
#include "services/Actor.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

struct NewAccount {
    std::string login;
    std::string displayName;
    Role role = Role::Counsellor;
    std::string password;
};

namespace signin {
constexpr int kFreeAttempts = 5;              // failures before the account locks
constexpr std::chrono::minutes kFirstLock{1}; // doubled at each further failure
constexpr std::chrono::minutes kLongestLock{60};
constexpr int kDefaultLockMinutes = 10; // idle time before the window locks
constexpr int kMaxLockMinutes = 15;
} // namespace signin

// Signing in, and the accounts themselves. Every attempt, success or failure, and every change
// to an account leaves one audit entry.
class Accounts {
public:
    Accounts(Workspace& workspace, const Clock& clock);

    Result<bool> hasAccounts() const;
    // Only on a file with no account yet: the administrator everything else starts from.
    Result<Actor> createFirstAdministrator(const NewAccount& account);

    // Wrong login or password, a disabled account or one locked after too many failures: Denied.
    Result<Actor> signIn(const std::string& login, const std::string& password);
    Status signOut(const Actor& actor);
    Status recordLock(const Actor& actor);
    // Opens a locked window: the same user goes on (Unlock); another user's password closes the
    // first session (SignOut) and opens theirs (SignIn).
    Result<Actor> unlock(const Actor& current, const std::string& login, const std::string& password);
    Status changePassword(const Actor& actor, const std::string& current, const std::string& replacement);

    // The administrator's work.
    Result<std::int64_t> add(const Actor& admin, const NewAccount& account);
    Result<std::vector<Account>> list(const Actor& admin) const;
    Status setActive(const Actor& admin, std::int64_t accountId, bool active);
    Status resetPassword(const Actor& admin, std::int64_t accountId, const std::string& password);
    Status setLockMinutes(const Actor& admin, int minutes);
    // How long the window may stay idle before it locks; everyone's, so no actor.
    Result<int> lockMinutes() const;

    // The counsellors a supervisor may reassign a case file to.
    Result<std::vector<Account>> activeCounsellors(const Actor& supervisor) const;

private:
    Status validateNew(const NewAccount& account) const;
    Result<std::int64_t> insert(const NewAccount& account, std::optional<std::int64_t> by);
    // One more attempt counted; false when the account is locked and the password must not be checked.
    Result<bool> takeAttempt(const Account& account);
    // The attempt counted, then the password checked; each refusal logged with its reason.
    Status checkPassword(const Account& account, const std::string& password);
    Status recordFailure(const Account& account, const std::string& reason);
    // On a server that checks passwords itself: the proof computed here, the password checked,
    // counted and locked there, and a session opened for the account whose id comes back.
    Result<std::int64_t> serverCheck(const std::string& login, const std::string& password);

    Workspace& m_workspace;
    const Clock& m_clock;
};

} // namespace trame::services
