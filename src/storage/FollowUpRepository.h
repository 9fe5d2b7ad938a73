#pragma once

#include "domain/DueWork.h"
#include "domain/Result.h"

#include <string>
#include <vector>

namespace trame::storage {

class Database;

// What a counsellor's "À faire" list needs of their active follow-ups, one row each, read through
// the index on the counsellor and per-person indexes, never the whole of a table.
class FollowUpRepository {
public:
    explicit FollowUpRepository(const Database& db) : m_db(db) {}

    // The counsellor's active follow-ups (not paused, not closed) as of `now`, by id.
    Result<std::vector<FollowUpState>> activeOf(const std::string& counsellor, const LocalTime& now) const;

private:
    const Database& m_db;
};

} // namespace trame::storage
