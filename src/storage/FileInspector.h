#pragma once

#include "domain/FileReport.h"
#include "domain/Result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace trame::storage {

class Database;

// Full integrity check, schema version and row counts of Trame's tables, read-only.
Result<FileReport> inspect(const Database& db);

} // namespace trame::storage
