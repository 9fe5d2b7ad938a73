#include "storage/AccountRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"

namespace trame::storage {

namespace {

const char* const kSelect = "SELECT id, login, display_name, role, active, failed_attempts, locked_until,"
                            " created_at, updated_at FROM accounts";

Account read(const Statement& row)
{
    Account a;
    a.id = row.integer(0);
    a.login = row.text(1);
    a.displayName = row.text(2);
    a.role = columns::enumeration<Role>(row, 3);
    a.active = row.integer(4) != 0;
    a.failedAttempts = static_cast<int>(row.integer(5));
    a.lockedUntil = columns::timestamp(row, 6);
    a.createdAt = columns::requiredTimestamp(row, 7);
    a.updatedAt = columns::requiredTimestamp(row, 8);
    return a;
}

Status expectOneChange(const Database& db, std::int64_t id)
{
    if (db.changes() == 0)
        return makeError(ErrorKind::NotFound, {}, "account " + std::to_string(id) + " does not exist");
    return Ok{};
}

} // namespace

Result<std::int64_t> AccountRepository::insert(const Account& a, const std::string& passwordHash) const
{
    return guarded([&]() -> Result<std::int64_t> {
        Statement taken = m_db.prepare("SELECT 1 FROM accounts WHERE login = ?1");
        if (taken.bind(1, a.login).step())
            return makeError(ErrorKind::Conflict, "login", "the login '" + a.login + "' is taken");
        return m_db
            .prepare("INSERT INTO accounts (login, display_name, role, password_hash, active, created_at, updated_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id")
            .bindAll(a.login, a.displayName, columns::enumeration(a.role), passwordHash, a.active ? 1 : 0, a.createdAt)
            .returnedId();
    });
}

Result<std::optional<Account>> AccountRepository::findByLogin(const std::string& login) const
{
    return guarded([&]() -> Result<std::optional<Account>> {
        Statement s = m_db.prepare(std::string(kSelect) + " WHERE login = ?1");
        if (!s.bind(1, login).step())
            return std::optional<Account>();
        return std::optional<Account>(read(s));
    });
}

Result<Account> AccountRepository::get(std::int64_t id) const
{
    return guarded([&]() -> Result<Account> {
        Statement s = m_db.prepare(std::string(kSelect) + " WHERE id = ?1");
        if (!s.bind(1, id).step())
            return makeError(ErrorKind::NotFound, {}, "account " + std::to_string(id) + " does not exist");
        return read(s);
    });
}

Result<bool> AccountRepository::isActive(std::int64_t id) const
{
    return guarded([&]() -> Result<bool> {
        const auto lease = m_db.cached("SELECT active FROM accounts WHERE id = ?1");
        Statement& s = *lease;
        return s.bind(1, id).step() && s.integer(0) != 0;
    });
}

Result<std::vector<Account>> AccountRepository::list() const
{
    return guarded([&]() -> Result<std::vector<Account>> {
        std::vector<Account> all;
        Statement s = m_db.prepare(std::string(kSelect) + " ORDER BY login");
        while (s.step())
            all.push_back(read(s));
        return all;
    });
}

Result<std::int64_t> AccountRepository::count() const
{
    return guarded([&]() -> Result<std::int64_t> {
        // A workstation's connection reads no account before a sign-in: the server counts them.
        Statement s = m_db.prepare(m_db.sql("SELECT count(*) FROM accounts", "SELECT trame_account_count()"));
        s.step();
        return s.integer(0);
    });
}

Result<std::string> AccountRepository::passwordHash(std::int64_t id) const
{
    return guarded([&]() -> Result<std::string> {
        Statement s = m_db.prepare("SELECT password_hash FROM accounts WHERE id = ?1");
        if (!s.bind(1, id).step())
            return makeError(ErrorKind::NotFound, {}, "account " + std::to_string(id) + " does not exist");
        return s.text(0);
    });
}

Status AccountRepository::setPasswordHash(std::int64_t id, const std::string& hash, const Timestamp& now) const
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE accounts SET password_hash = ?2, failed_attempts = 0, locked_until = NULL,"
                     " updated_at = ?3 WHERE id = ?1")
            .bindAll(id, hash, now)
            .run();
        return expectOneChange(m_db, id);
    });
}

Status AccountRepository::setActive(std::int64_t id, bool active, const Timestamp& now) const
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE accounts SET active = ?2, updated_at = ?3 WHERE id = ?1")
            .bindAll(id, active ? 1 : 0, now)
            .run();
        return expectOneChange(m_db, id);
    });
}

Status AccountRepository::setFailures(std::int64_t id, int failedAttempts,
                                      const std::optional<Timestamp>& lockedUntil) const
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE accounts SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1")
            .bindAll(id, failedAttempts, columns::timestamp(lockedUntil))
            .run();
        return expectOneChange(m_db, id);
    });
}

Result<std::optional<int>> AccountRepository::countAttempt(std::int64_t id, const Timestamp& now) const
{
    return guarded([&]() -> Result<std::optional<int>> {
        Statement s = m_db.prepare("UPDATE accounts SET failed_attempts = failed_attempts + 1"
                                   " WHERE id = ?1 AND (locked_until IS NULL OR locked_until <= ?2)"
                                   " RETURNING failed_attempts");
        s.bindAll(id, now.toString());
        if (!s.step())
            return std::optional<int>();
        const auto number = static_cast<int>(s.integer(0));
        s.reset();
        return std::optional<int>(number);
    });
}

} // namespace trame::storage
