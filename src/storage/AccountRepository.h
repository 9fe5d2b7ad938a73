#pragma once

#include "domain/Account.h"
#include "domain/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame::storage {

class Database;

// Accounts and their password hashes. The hash is read only to check a password.
class AccountRepository {
public:
    explicit AccountRepository(const Database& db) : m_db(db) {}

    // A taken login is a Conflict.
    Result<std::int64_t> insert(const Account& account, const std::string& passwordHash) const;
    Result<std::optional<Account>> findByLogin(const std::string& login) const;
    Result<Account> get(std::int64_t id) const;
    Result<std::vector<Account>> list() const;
    Result<std::int64_t> count() const;
    Result<std::string> passwordHash(std::int64_t id) const;
    // False for a disabled account, and for an id that names no account.
    Result<bool> isActive(std::int64_t id) const;

    Status setPasswordHash(std::int64_t id, const std::string& hash, const Timestamp& now) const;
    Status setActive(std::int64_t id, bool active, const Timestamp& now) const;
    // The failure counter and the time until which sign-in is refused, kept across restarts.
    Status setFailures(std::int64_t id, int failedAttempts, const std::optional<Timestamp>& lockedUntil) const;
    // Counts one more attempt, in one statement, unless the account is locked at `now`: the
    // attempt's number, or none when locked. Parallel attempts each get their own number.
    Result<std::optional<int>> countAttempt(std::int64_t id, const Timestamp& now) const;

private:
    const Database& m_db;
};

} // namespace trame::storage
