#pragma once

#include "domain/Document.h"
#include "domain/Result.h"

#include <cstdint>

namespace trame::storage {

class Database;

// Everything stored on one person: identity, case file and interviews.
Result<BeneficiaryRecord> loadRecord(const Database& db, std::int64_t beneficiaryId);

} // namespace trame::storage
