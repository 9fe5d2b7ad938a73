#pragma once

#include "domain/CaseFile.h"
#include "domain/SupportPeriod.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace trame::services {

// Realistic support periods for a generated person: entries over the three years before
// `today`, about 40 % closed with reasons in the proportions structures report, some paused
// (a few past their expected end), some reopened. `draw(low, high)` is the generator's random.
std::vector<SupportPeriod> generatedPeriods(const std::function<int(int, int)>& draw, const CaseFile& caseFile,
                                            const std::string& referent, const Date& today);

} // namespace trame::services
