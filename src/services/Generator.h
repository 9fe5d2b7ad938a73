#pragma once

#include "domain/Result.h"

#include <cstdint>

namespace trame::services {

class Clock;
class Workspace;

struct GeneratorOptions {
    std::int64_t beneficiaries = 1000;
    std::uint64_t seed = 1;
};

struct GenerationSummary {
    std::int64_t beneficiaries = 0;
    std::int64_t planSteps = 0;
    std::int64_t interviews = 0;
    std::int64_t appointments = 0;
};

// Fills an empty file with synthetic people that look real (French names with accents, obstacles
// from the taxonomy, 5–15 plan steps, 0–30 interviews, a few indicators, support periods and
// appointments around today), the same for the same
// seed on every machine. For benchmarks and demonstrations; refuses a file that holds anyone.
// Each batch of a thousand people leaves one `create` entry in the audit trail (ids and seed).
Result<GenerationSummary> generate(Workspace& workspace, const Clock& clock, const GeneratorOptions& options);

} // namespace trame::services
