#pragma once

#include "domain/Date.h"

#include <cstdint>
#include <string>

namespace trame {

// Someone the retention rule applies to: no contact since `lastContact`.
struct RetentionCandidate {
    std::int64_t id = 0;
    std::string counsellor;
    std::string status;
    Date lastContact;
};

} // namespace trame
