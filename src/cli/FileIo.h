#pragma once

#include "domain/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace trame::cli {

// Reads a whole file, refusing one larger than `maxBytes` before reading it.
Result<std::string> readWholeFile(const std::string& path, std::size_t maxBytes);

// Writes `content` beside `path`, flushes it to disk, then renames it over `path`: readers see
// the old file or the new one, never half of it. On failure (full disk…) nothing is left behind.
Status writeFileAtomically(const std::string& path, std::string_view content);

} // namespace trame::cli
