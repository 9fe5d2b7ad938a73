#pragma once

#include "domain/Result.h"

#include <cstdint>
#include <optional>
#include <string>

// The access rules held by the server itself (docs/security.md): the workstations connect as one
// role that reads nothing personal by itself; a session, created only by a right password checked
// on the server, opens the rows its user's role may see.
namespace trame::storage {

class Database;

// The sign-in rule the server enforces, given by the services that own it.
struct LockOutRule {
    int freeAttempts = 5;
    std::int64_t firstLockSeconds = 60;
    std::int64_t longestLockSeconds = 3600;
};

struct ServerRole {
    std::string name;     // the workstations' login role, named after the database
    std::string password; // new at each preparation: the old one stops working
};

// On a database migrated and seeded by its owner: creates (or renews) the workstations' role and
// puts in place the grants, row-level security, sessions and server-side sign-in. Idempotent.
Result<ServerRole> prepareServerAccess(const Database& owner, const LockOutRule& rule, const std::string& password);

// What the client needs to compute a login's password proof: the start of its stored Argon2id
// string (parameters and salt). An unknown login gets a made-up one, the same each time.
Result<std::string> passwordSetting(const Database& db, const std::string& login);

// Whether `db` is a server that checks passwords itself (prepared by server init): sign-ins then
// go through openServerSession, and nothing personal is read before.
bool serverChecksPasswords(const Database& db);

struct ServerSignIn {
    std::optional<std::int64_t> account; // the session's account, when it opened
    bool disabled = false;               // the right password of a disabled account
};
// Checks the proof on the server, counting failures and locking as the rule says, and logging the
// attempt there. A right proof opens a session on this connection (replacing any other) and gives
// the account's id; a wrong one, an unknown login or a locked account give nothing, alike.
Result<ServerSignIn> openServerSession(const Database& db, const std::string& login, const std::string& proof);
// Ends this connection's session on the server.
Status closeServerSession(const Database& db);

} // namespace trame::storage
