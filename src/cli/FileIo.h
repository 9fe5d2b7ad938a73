#pragma once

#include "domain/Result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace trame::cli {

// Reads a whole file, refusing one larger than `maxBytes` before reading it.
Result<std::string> readWholeFile(const std::string& path, std::size_t maxBytes);

// Whether `path` may be written: refused when it is one of `protectedFiles` (the open database
// and its logs, even through another name or a link), or when it exists and `overwrite` is false.
Status checkOutput(const std::string& path, bool overwrite, const std::vector<std::string>& protectedFiles);

// Writes `content` to a new file of its own beside `path` (created exclusively, 0600), flushes it
// to disk, then renames it over `path`: readers see the old file or the new one, never half of
// it. On failure (full disk…) nothing is left behind.
Status writeFileAtomically(const std::string& path, std::string_view content);

} // namespace trame::cli
