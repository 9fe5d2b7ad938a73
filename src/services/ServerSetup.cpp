#include "services/ServerSetup.h"

#include "services/Accounts.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Server.h"
#include "storage/ServerAccess.h"

#include <sodium.h>

namespace trame::services {

namespace {

// Letters and digits only, so that it sits in a URI as it is: 32 of them, about 190 bits.
std::string randomPassword()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string password;
    for (int i = 0; i < 32; ++i)
        password += alphabet[randombytes_uniform(sizeof alphabet - 1)];
    return password;
}

} // namespace

Result<ServerSetup> prepareServer(Workspace& owner, const std::string& ownerLocation)
{
    storage::Database& db = owner.database();
    if (!db.isServer())
        return makeError(ErrorKind::Invalid, db.path(), "is a file: server init prepares a PostgreSQL database");
    if (sodium_init() < 0)
        return makeError(ErrorKind::Internal, {}, "libsodium could not be initialised");
    const storage::LockOutRule rule{signin::kFreeAttempts,
                                    std::chrono::duration_cast<std::chrono::seconds>(signin::kFirstLock).count(),
                                    std::chrono::duration_cast<std::chrono::seconds>(signin::kLongestLock).count()};
    auto role = storage::prepareServerAccess(db, rule, randomPassword());
    if (!role)
        return role.error();
    auto uri = storage::workstationLocation(ownerLocation, role->name, role->password);
    if (!uri)
        return uri.error();
    return ServerSetup{role->name, *uri, owner.schemaVersion()};
}

} // namespace trame::services
