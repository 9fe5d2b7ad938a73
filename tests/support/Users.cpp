#include "support/Users.h"

#include "services/Clock.h"
#include "services/Workspace.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

Actor signInAs(Workspace& workspace, const Clock& clock, Role role, const std::string& login)
{
    Accounts accounts(workspace, clock);
    if (!accounts.hasAccounts().value())
        REQUIRE(accounts.createFirstAdministrator({"admin", "Admin", Role::Administrator, kTestPassword}).ok());
    if (auto existing = accounts.signIn(login, kTestPassword))
        return *existing;
    auto admin = accounts.signIn("admin", kTestPassword);
    REQUIRE(admin.ok());
    auto added = accounts.add(*admin, {login, login, role, kTestPassword});
    if (!added)
        FAIL(added.error().describe());
    auto actor = accounts.signIn(login, kTestPassword);
    REQUIRE(actor.ok());
    return *actor;
}
