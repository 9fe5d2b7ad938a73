#pragma once

struct UserSession;
namespace trame::services {
class Accounts;
class Workspace;
} // namespace trame::services

// What every tab of the administration page works with: the open file, the accounts service and
// the administrator's session (their actor, clock and data-rights service).
struct AdministrationContext {
    trame::services::Workspace& workspace;
    trame::services::Accounts& accounts;
    UserSession& session;
};
