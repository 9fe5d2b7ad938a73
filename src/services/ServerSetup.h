#pragma once

#include "domain/Result.h"

#include <string>

namespace trame::services {

class Workspace;

// What `trame-cli server init` prints for the administrator to keep.
struct ServerSetup {
    std::string role;           // the workstations' login role
    std::string workstationUri; // what workstations take as --db; holds the role's new password
    int schemaVersion = 0;
};

// On a server database opened by its owner (migrated and seeded by Workspace::open): creates or
// renews the workstations' role with a new random password, and puts the server's access rules in
// place, with the sign-in rule of Accounts. `ownerLocation` is the URI the owner connected with.
Result<ServerSetup> prepareServer(Workspace& owner, const std::string& ownerLocation);

} // namespace trame::services
