#pragma once

#include "domain/Reference.h"
#include "domain/Result.h"

#include <map>
#include <set>
#include <string>

namespace trame::storage {
class Database;
}

namespace trame::services {

// The guide's content compiled into Trame: six reference cases, the catalogue and the Annexe 1
// template, checked for consistency (every key a case uses is in the catalogue, and back).
Result<ReferenceContent> builtInReferences();

// Reference content from a file may replace the stored one only whole and consistent: the guide's
// six cases, a catalogue that holds every key the cases use, at least one Annexe 1 template, and
// every catalogue key that a stored case file uses (`keysInUse`) still there.
Status checkReplacement(const ReferenceContent& content,
                        const std::map<CatalogueKind, std::set<std::string>>& keysInUse);

// The version of the built-in content, read without parsing the rest.
int builtInSeedVersion();

// Stores the built-in content when the file has none or an older seed version; never touches
// beneficiaries' case files. Returns true when something was written.
Result<bool> seedReferences(storage::Database& db);

} // namespace trame::services
