#pragma once

#include "domain/Interview.h"
#include "domain/Result.h"

#include <cstdint>
#include <vector>

namespace trame::storage {

class Database;

// Interviews and their Annexe 1 entries.
class InterviewRepository {
public:
    explicit InterviewRepository(const Database& db) : m_db(db) {}

    // Keeps `interview.id` when set (import), else assigns it. Returns the id.
    Result<std::int64_t> insert(Interview& interview);
    // Saves over version `interview.version` only; returns the new version.
    Result<std::int64_t> update(Interview& interview);
    Result<Interview> get(std::int64_t id) const;
    // Oldest first.
    Result<std::vector<Interview>> forBeneficiary(std::int64_t beneficiaryId) const;
    Status remove(std::int64_t id);

private:
    void writeEntries(const Interview& interview) const;
    const Database& m_db;
};

} // namespace trame::storage
