#pragma once

#include "domain/Reference.h"
#include "domain/Result.h"

namespace trame::storage {
class Database;
}

namespace trame::services {

// The guide's content compiled into Trame: six reference cases, the catalogue and the Annexe 1
// template, checked for consistency (every key a case uses is in the catalogue, and back).
Result<ReferenceContent> builtInReferences();

// The version of the built-in content, read without parsing the rest.
int builtInSeedVersion();

// Stores the built-in content when the file has none or an older seed version; never touches
// beneficiaries' case files. Returns true when something was written.
Result<bool> seedReferences(storage::Database& db);

} // namespace trame::services
