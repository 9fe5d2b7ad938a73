#pragma once

#include "domain/Result.h"

#include <optional>
#include <string>

namespace trame::storage {

class Database;

// Workstation settings kept in the file's `meta` table, so that every instance sharing the
// file applies the same ones.
Result<std::optional<std::string>> readSetting(const Database& db, const std::string& key);
Status writeSetting(const Database& db, const std::string& key, const std::string& value);

} // namespace trame::storage
