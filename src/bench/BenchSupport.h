#pragma once

#include "Measure.h"
#include "domain/Enums.h"
#include "services/Actor.h"
#include "services/Clock.h"

#include <cstdint>
#include <memory>
#include <string>

namespace trame::services {
class Workspace;
}

// What every probe uses, on a file or on a server.
namespace bench {

std::unique_ptr<trame::services::Workspace> openWorkspace(const std::string& location);
extern const trame::services::SystemClock kClock;
// Signs in as `login`, creating the account (and the database's first administrator) when missing:
// a generated database has people but no accounts, and every service acts for someone.
trame::services::Actor benchUser(trame::services::Workspace& workspace, trame::Role role, const std::string& login);
std::string counsellorOf(trame::services::Workspace& workspace, std::int64_t id);
Row makeRow(const char* operation, const char* floor, const char* target = "", double limit = 0);
// The prefixes every search probe types, in this order.
extern const char* const kPrefixes[10];

} // namespace bench
