#pragma once

#include "domain/Result.h"

#include <string>

namespace trame::storage {

class Database;

// A consistent copy of `db` at `destination`, made with SQLite's online backup API while others
// may keep writing. The copy is written beside the destination and renamed into place once
// checked, so a failure never leaves a half-written backup. An existing destination is refused.
Status backupTo(const Database& db, const std::string& destination);

} // namespace trame::storage
