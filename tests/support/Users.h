#pragma once

#include "services/Accounts.h"
#include "services/Actor.h"

#include <string>

namespace trame::services {
class Clock;
class Workspace;
} // namespace trame::services

// Test accounts all share this password (long enough for the rules).
inline const std::string kTestPassword = "correct horse battery";

// Signs in as `login` with `role`, creating the account first when it is missing (and the
// file's first administrator, "admin", when the file has no account yet).
trame::services::Actor signInAs(trame::services::Workspace& workspace, const trame::services::Clock& clock,
                                trame::Role role, const std::string& login);
