#pragma once

#include "domain/Result.h"

#include <string>

namespace trame::services {

// Where Trame keeps its database when no --db is given. Mirrors Qt's
// QStandardPaths::AppDataLocation for an application named "Trame" on Linux
// ($XDG_DATA_HOME/Trame, else ~/.local/share/Trame), so that trame-cli, which has no Qt,
// finds the same file as the application.
std::string defaultDataFolder();
std::string defaultDatabasePath();
// Creates Trame's own data folder (or `folder`) readable by its owner only (0700).
Status makePrivateDataFolder(const std::string& folder = defaultDataFolder());

} // namespace trame::services
