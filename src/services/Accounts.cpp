#include "services/Accounts.h"

#include "domain/RuleText.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Passwords.h"
#include "services/Workspace.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace trame::services {

namespace {

Audited<Ok> accountEvent(std::int64_t accountId, const std::string& detail)
{
    return {{}, {AuditAction::AccountChange, "account", accountId, detail}};
}

const char* const kLockSetting = "lock_after_minutes";

std::string normalisedLogin(std::string login)
{
    std::transform(login.begin(), login.end(), login.begin(), [](unsigned char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    });
    return login;
}

Error refused(const std::string& message)
{
    return makeError(ErrorKind::Denied, {}, message);
}

// A hash to check unknown logins against, so that they take as long as known ones.
} // namespace

Accounts::Accounts(Workspace& workspace, const Clock& clock) : m_workspace(workspace), m_clock(clock) {}

Result<bool> Accounts::hasAccounts() const
{
    auto count = storage::AccountRepository(m_workspace.database()).count();
    if (!count)
        return count.error();
    return *count > 0;
}

Status Accounts::validateNew(const NewAccount& a) const
{
    if (Status ok = validateLogin(a.login); !ok)
        return ok;
    if (Status ok = validateDisplayName(a.displayName); !ok)
        return ok;
    return validatePassword(a.password, a.login);
}

Result<std::int64_t> Accounts::insert(const NewAccount& a, std::optional<std::int64_t> by)
{
    if (Status valid = validateNew(a); !valid)
        return valid.error();
    auto hash = hashPassword(a.password);
    if (!hash)
        return hash.error();
    Account account;
    account.login = a.login;
    account.displayName = a.displayName;
    account.role = a.role;
    account.createdAt = account.updatedAt = m_clock.instant();
    storage::Database& db = m_workspace.database();
    // Not an auditedChange: the first administrator's entry names the account it creates.
    return storage::inTransaction(db, [&]() -> Result<std::int64_t> {
        auto id = storage::AccountRepository(db).insert(account, *hash);
        if (!id)
            return id.error();
        if (Status logged = recordEvent(
                db, m_clock, by.value_or(*id),
                {AuditAction::AccountChange, "account", *id, "created role=" + std::string(toString(a.role))});
            !logged)
            return logged.error();
        return *id;
    });
}

Result<Actor> Accounts::createFirstAdministrator(const NewAccount& a)
{
    if (a.role != Role::Administrator)
        return makeError(ErrorKind::Invalid, "role", "the first account is the administrator's");
    auto any = hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        return refused("accounts exist already: an administrator adds the others");
    auto id = insert(a, std::nullopt);
    if (!id)
        return id.error();
    return signIn(a.login, a.password);
}

Status Accounts::recordFailure(const Account& account, const std::string& reason)
{
    storage::Database& db = m_workspace.database();
    return storage::inTransaction(db, [&] {
        return recordEvent(db, m_clock, account.id,
                           {AuditAction::SignInFailed, "account", account.id, "reason=" + reason});
    });
}

Result<bool> Accounts::takeAttempt(const Account& account)
{
    // Counted before the password is checked, under the write lock: parallel guesses each take
    // their own number, and the one that reaches the limit locks the account (until a correct
    // password clears it) before any further guess is checked.
    storage::Database& db = m_workspace.database();
    return storage::inTransaction(db, [&]() -> Result<bool> {
        storage::AccountRepository accounts(db);
        const auto number = accounts.countAttempt(account.id, m_clock.instant());
        if (!number)
            return number.error();
        if (!*number)
            return false;
        if (**number >= signin::kFreeAttempts) {
            const int doublings = std::min(**number - signin::kFreeAttempts, 6);
            const auto delay = std::min(signin::kFirstLock * (1 << doublings), signin::kLongestLock);
            if (Status locked = accounts.setFailures(account.id, **number, m_clock.instant() + delay); !locked)
                return locked.error();
        }
        return true;
    });
}

Result<std::int64_t> Accounts::serverCheck(const std::string& login, const std::string& password)
{
    storage::Database& db = m_workspace.database();
    auto setting = storage::passwordSetting(db, login);
    if (!setting)
        return setting.error();
    auto proof = passwordProof(*setting, password);
    if (!proof)
        return proof.error();
    auto opened = storage::openServerSession(db, login, *proof);
    if (!opened)
        return opened.error();
    if (opened->account)
        return *opened->account;
    const Status logged = storage::inTransaction(db, [&] {
        return recordEvent(db, m_clock, std::nullopt,
                           {AuditAction::SignInFailed, "account", std::nullopt,
                            opened->disabled ? "reason=disabled" : "reason=refused_by_server"});
    });
    if (!logged)
        return logged.error();
    return refused(opened->disabled ? "this account is disabled; ask the administrator" : "wrong login or password");
}

Status Accounts::checkPassword(const Account& account, const std::string& password)
{
    storage::Database& db = m_workspace.database();
    if (storage::serverChecksPasswords(db)) {
        auto id = serverCheck(account.login, password);
        if (!id)
            return id.error();
        return *id == account.id ? Status(Ok{}) : Status(refused("wrong login or password"));
    }
    const auto allowed = takeAttempt(account);
    if (!allowed)
        return allowed.error();
    if (!*allowed) {
        // Locked: the password is not checked (a locked account answering "right" or "wrong"
        // would let guessing go on through the lock), yet it takes an Argon2 run like any other
        // answer and reads like one, so that neither its time nor its words tell the lock.
        verifyPassword(decoyPasswordHash(), password);
        const Status logged = recordFailure(account, "locked");
        return logged ? Status(refused("wrong login or password")) : logged;
    }
    auto hash = storage::AccountRepository(db).passwordHash(account.id);
    if (!hash)
        return hash.error();
    if (!verifyPassword(*hash, password)) {
        const Status logged = recordFailure(account, "bad_password");
        return logged ? Status(refused("wrong login or password")) : logged;
    }
    return Ok{};
}

Result<Actor> Accounts::signIn(const std::string& typedLogin, const std::string& password)
{
    storage::Database& db = m_workspace.database();
    const std::string login = normalisedLogin(typedLogin);
    if (storage::serverChecksPasswords(db)) {
        auto id = serverCheck(login, password);
        if (!id)
            return id.error();
        auto account = storage::AccountRepository(db).get(*id);
        if (!account)
            return account.error();
        const Status logged = storage::inTransaction(db, [&] {
            return recordEvent(db, m_clock, account->id, {AuditAction::SignIn, "account", account->id, {}});
        });
        if (!logged)
            return logged.error();
        return Actor(account->id, account->login, account->displayName, account->role);
    }
    auto found = storage::AccountRepository(db).findByLogin(login);
    if (!found)
        return found.error();
    const Error wrong = refused("wrong login or password");
    if (!*found) {
        verifyPassword(decoyPasswordHash(), password); // the time a known login's check takes
        const Status logged = storage::inTransaction(db, [&] {
            return recordEvent(db, m_clock, std::nullopt,
                               {AuditAction::SignInFailed, "account", std::nullopt, "reason=unknown_login"});
        });
        return logged ? wrong : logged.error();
    }
    const Account& account = **found;
    // Checked like any other account, lock-out included: only the right password learns that
    // the account is disabled.
    if (Status checked = checkPassword(account, password); !checked)
        return checked.error();
    if (!account.active) {
        const Status logged = recordFailure(account, "disabled");
        return logged ? refused("this account is disabled; ask the administrator") : logged.error();
    }
    auto hash = storage::AccountRepository(db).passwordHash(account.id);
    if (!hash)
        return hash.error();
    const Status done = storage::inTransaction(db, [&]() -> Status {
        storage::AccountRepository accounts(db);
        if (Status reset = accounts.setFailures(account.id, 0, std::nullopt); !reset)
            return reset;
        if (needsRehash(*hash)) {
            auto stronger = hashPassword(password);
            if (!stronger)
                return stronger.error();
            if (Status saved = accounts.setPasswordHash(account.id, *stronger, m_clock.instant()); !saved)
                return saved;
        }
        return recordEvent(db, m_clock, account.id, {AuditAction::SignIn, "account", account.id, {}});
    });
    if (!done)
        return done.error();
    return Actor(account.id, account.login, account.displayName, account.role);
}

Status Accounts::signOut(const Actor& actor)
{
    storage::Database& db = m_workspace.database();
    return storage::inTransaction(db, [&] {
        return recordEvent(db, m_clock, actor.accountId(), {AuditAction::SignOut, "account", actor.accountId(), {}});
    });
}

Status Accounts::recordLock(const Actor& actor)
{
    storage::Database& db = m_workspace.database();
    return storage::inTransaction(db, [&] {
        return recordEvent(db, m_clock, actor.accountId(), {AuditAction::Lock, "account", actor.accountId(), {}});
    });
}

Result<Actor> Accounts::unlock(const Actor& current, const std::string& login, const std::string& password)
{
    if (normalisedLogin(login) != current.login()) {
        auto other = signIn(login, password);
        if (!other)
            return other;
        if (Status closed = signOut(current); !closed)
            return closed.error();
        return other;
    }
    storage::Database& db = m_workspace.database();
    auto account = storage::AccountRepository(db).get(current.accountId());
    if (!account)
        return account.error();
    if (!account->active)
        return signIn(login, password); // refused, and logged, with the reason
    if (Status checked = checkPassword(*account, password); !checked)
        return checked.error();
    const Status done = storage::inTransaction(db, [&]() -> Status {
        if (Status reset = storage::AccountRepository(db).setFailures(account->id, 0, std::nullopt); !reset)
            return reset;
        return recordEvent(db, m_clock, account->id, {AuditAction::Unlock, "account", account->id, {}});
    });
    if (!done)
        return done.error();
    return current;
}

Status Accounts::changePassword(const Actor& actor, const std::string& current, const std::string& replacement)
{
    storage::Database& db = m_workspace.database();
    auto active = storage::AccountRepository(db).isActive(actor.accountId());
    if (!active)
        return active.error();
    if (!*active)
        return refused("this account is disabled; its session has ended");
    if (storage::serverChecksPasswords(db)) {
        if (auto id = serverCheck(actor.login(), current); !id || *id != actor.accountId())
            return ruleError("current_password", {rules::kCurrentPasswordWrong, {}});
    } else {
        auto hash = storage::AccountRepository(db).passwordHash(actor.accountId());
        if (!hash)
            return hash.error();
        if (!verifyPassword(*hash, current))
            return ruleError("current_password", {rules::kCurrentPasswordWrong, {}});
    }
    if (Status valid = validatePassword(replacement, actor.login()); !valid)
        return valid;
    auto stronger = hashPassword(replacement);
    if (!stronger)
        return stronger.error();
    return auditedChange(db, m_clock, actor, [&]() -> Result<Audited<Ok>> {
        return storage::AccountRepository(db)
            .setPasswordHash(actor.accountId(), *stronger, m_clock.instant())
            .transform([&](Ok) { return accountEvent(actor.accountId(), "password_changed"); });
    });
}

Result<std::int64_t> Accounts::add(const Actor& admin, const NewAccount& account)
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, admin, Action::ManageAccounts, Scope::Any);
        !allowed)
        return allowed.error();
    return insert(account, admin.accountId());
}

Result<std::vector<Account>> Accounts::list(const Actor& admin) const
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, admin, Action::ManageAccounts, Scope::Any);
        !allowed)
        return allowed.error();
    return storage::AccountRepository(m_workspace.database()).list();
}

Status Accounts::setActive(const Actor& admin, std::int64_t accountId, bool active)
{
    storage::Database& db = m_workspace.database();
    const Status allowed = authorize(db, m_clock, admin, Action::ManageAccounts, Scope::Any).and_then([&](Ok) {
        return !active && accountId == admin.accountId() ? Status(ruleError("account", {rules::kOwnAccount, {}}))
                                                         : Status(Ok{});
    });
    return authorizedChange(db, m_clock, admin, allowed, [&]() -> Result<Audited<Ok>> {
        return storage::AccountRepository(db).setActive(accountId, active, m_clock.instant()).transform([&](Ok) {
            return accountEvent(accountId, active ? "enabled" : "disabled");
        });
    });
}

Status Accounts::resetPassword(const Actor& admin, std::int64_t accountId, const std::string& password)
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, admin, Action::ManageAccounts, Scope::Any); !allowed)
        return allowed;
    auto account = storage::AccountRepository(db).get(accountId);
    if (!account)
        return account.error();
    if (Status valid = validatePassword(password, account->login); !valid)
        return valid;
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return auditedChange(db, m_clock, admin, [&]() -> Result<Audited<Ok>> {
        return storage::AccountRepository(db).setPasswordHash(accountId, *hash, m_clock.instant()).transform([&](Ok) {
            return accountEvent(accountId, "password_reset");
        });
    });
}

Status Accounts::setLockMinutes(const Actor& admin, int minutes)
{
    storage::Database& db = m_workspace.database();
    const Status allowed = authorize(db, m_clock, admin, Action::ManageAccounts, Scope::Any).and_then([&](Ok) {
        return minutes >= 1 && minutes <= signin::kMaxLockMinutes
                   ? Status(Ok{})
                   : Status(ruleError("lock_after_minutes",
                                      {rules::kLockMinutes, {std::to_string(signin::kMaxLockMinutes)}}));
    });
    return authorizedChange(db, m_clock, admin, allowed, [&]() -> Result<Audited<Ok>> {
        return storage::writeSetting(db, kLockSetting, std::to_string(minutes)).transform([&](Ok) {
            return Audited<Ok>{
                {},
                {AuditAction::AccountChange, "setting", std::nullopt, "lock_after_minutes=" + std::to_string(minutes)}};
        });
    });
}

Result<int> Accounts::lockMinutes() const
{
    auto stored = storage::readSetting(m_workspace.database(), kLockSetting);
    if (!stored)
        return stored.error();
    if (!*stored)
        return signin::kDefaultLockMinutes;
    const int minutes = std::atoi((*stored)->c_str());
    // A value edited by hand outside the allowed range falls back to the default.
    return minutes >= 1 && minutes <= signin::kMaxLockMinutes ? minutes : signin::kDefaultLockMinutes;
}

Result<std::vector<Account>> Accounts::activeCounsellors(const Actor& supervisor) const
{
    if (Status allowed = authorize(m_workspace.database(), m_clock, supervisor, Action::Reassign, Scope::Any); !allowed)
        return allowed.error();
    auto all = storage::AccountRepository(m_workspace.database()).list();
    if (!all)
        return all.error();
    std::vector<Account> counsellors;
    for (Account& a : *all)
        if (a.active && a.role == Role::Counsellor)
            counsellors.push_back(std::move(a));
    return counsellors;
}

} // namespace trame::services
