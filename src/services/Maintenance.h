#pragma once

#include "domain/Result.h"
#include "storage/FileInspector.h"

#include <string>

namespace trame::services {

using FileReport = storage::FileReport;

// Inspects the file at `path` without changing it: integrity, schema version, counts.
// A damaged file or one that is not SQLite comes back as a Corrupt error.
Result<FileReport> checkFile(const std::string& path);

} // namespace trame::services
