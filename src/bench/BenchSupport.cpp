#include "BenchSupport.h"

#include "services/Accounts.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"

#include <stdexcept>

using namespace trame;

namespace bench {

std::unique_ptr<services::Workspace> openWorkspace(const std::string& path)
{
    auto workspace = services::Workspace::open(path);
    if (!workspace)
        throw std::runtime_error(workspace.error().describe());
    return std::move(workspace).value();
}

const services::SystemClock kClock;

// Signs in as `login`, creating the account (and the file's first administrator) when missing:
// the generated file has people but no accounts, and every service now acts for someone.
services::Actor benchUser(services::Workspace& workspace, Role role, const std::string& login)
{
    const std::string password = "bench password, not a secret";
    services::Accounts accounts(workspace, kClock);
    if (!accounts.hasAccounts().value())
        accounts.createFirstAdministrator({"bench-admin", "Bench", Role::Administrator, password}).value();
    if (auto actor = accounts.signIn(login, password))
        return *actor;
    const services::Actor admin = accounts.signIn("bench-admin", password).value();
    if (auto added = accounts.add(admin, {login, login, role, password}); !added)
        throw std::runtime_error(added.error().describe());
    return accounts.signIn(login, password).value();
}

std::string counsellorOf(services::Workspace& workspace, std::int64_t id)
{
    return storage::BeneficiaryRepository(workspace.database()).counsellorOf(id).value();
}

Row makeRow(const char* operation, const char* floor, const char* target, double limit)
{
    Row row;
    row.operation = operation;
    row.floor = floor;
    row.target = target;
    row.limit = limit;
    return row;
}

const char* const kPrefixes[10] = {"mar", "ber", "dup", "cis", "leg", "gar", "lau", "ben", "hel", "fra"};

} // namespace bench
