#pragma once

#include "domain/Result.h"

#include <string>

// Files that hold personal data are readable by their owner only — 0600, in folders of 0700 —
// whatever the umask: another account on the same computer must not copy the database.
namespace trame::storage {

// Creates `path` empty with mode 0600, refusing to follow a link or to reuse a file that exists
// (a file planted there by someone else); an Io error otherwise.
Status createPrivateFile(const std::string& path);

// Narrows an existing file of ours to 0600 (a file from an older Trame was 0644). A missing file
// is not an error.
Status restrictToOwner(const std::string& path);

// Creates the folder (and its parents) if needed, and narrows the folder itself to 0700.
Status makePrivateFolder(const std::string& path);

} // namespace trame::storage
