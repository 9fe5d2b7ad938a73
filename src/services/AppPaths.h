#pragma once

#include <string>

namespace trame::services {

// Where Trame keeps its database when no --db is given. Mirrors Qt's
// QStandardPaths::AppDataLocation for an application named "Trame" on Linux
// ($XDG_DATA_HOME/Trame, else ~/.local/share/Trame), so that trame-cli, which has no Qt,
// finds the same file as the application.
std::string defaultDataFolder();
std::string defaultDatabasePath();

} // namespace trame::services
