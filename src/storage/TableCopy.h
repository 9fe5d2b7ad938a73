#pragma once

#include "domain/Result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Moving a structure's file to a server: the tables copied row for row, and read back in one
// order on both back ends so that the services can compare a digest of each.
namespace trame::storage {

class Database;

// Every table Trame stores, parents before children (the search index is rebuilt, not copied).
const std::vector<std::string>& copiedTables();

// Copies every row of `table` from `source` to `target`, in the source's order, inside the
// transaction open on `target`. The guide's content already seeded on the target is replaced;
// meta keeps the target's own schema version. Gives the number of rows copied.
Result<std::int64_t> copyTable(const Database& source, const Database& target, const std::string& table);

// Whether `target` holds anyone: people, accounts or audit entries.
Result<bool> holdsData(const Database& target);

// Each row of `table` in key order, its values as stored text (nullopt for NULL), the same on both
// back ends: what a digest of the table is computed over. meta's schema version is left out.
using RowVisitor = std::function<void(const std::vector<std::optional<std::string_view>>&)>;
Status visitRows(const Database& db, const std::string& table, const RowVisitor& visit);

} // namespace trame::storage
