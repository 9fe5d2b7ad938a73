#pragma once

#include "Measure.h"

#include <string>
#include <vector>

// The probes on a PostgreSQL server (trame-bench postgresql://…): each operation of Trame against
// the bare libpq query that reads or writes the same rows, in the same run.
namespace ServerProbes {

long long beneficiaryCount(const std::string& uri);
std::vector<Row> all(const std::string& uri, int runs);

} // namespace ServerProbes
