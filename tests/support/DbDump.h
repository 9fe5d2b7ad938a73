#pragma once

#include <set>
#include <string>

// Every row of every table of the file at `path`, in a stable text form: two dumps are equal
// exactly when the stored data is. Used to prove that a refused operation changed nothing.
std::string dumpDatabase(const std::string& path, const std::set<std::string>& skipTables = {});
