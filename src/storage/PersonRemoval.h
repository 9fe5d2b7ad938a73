#pragma once

#include "domain/Date.h"
#include "domain/Result.h"
#include "domain/Retention.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trame::storage {

class Database;

enum class RemovalReason { Erasure, Retention };

// Takes a person out of the file for good: everything held on them goes (the beneficiary row
// cascades to the case file, interviews and reviews) and one anonymous tally stays, so that
// counts of people followed, obstacles met and steps done survive. The audit trail keeps its
// entries, which name the person by id only.
class PersonRemoval {
public:
    explicit PersonRemoval(const Database& db) : m_db(db) {}

    Status remove(std::int64_t beneficiaryId, RemovalReason reason, const Date& removedOn) const;
    // Rewrites the search index so that no term of a removed person remains in it, then copies
    // the WAL into the file and empties it. With secure_delete (always on), freed pages are
    // zeroed: the person's text is in neither file afterwards.
    Status scrub() const;

    // People whose last interview (or, without any, whose creation) is before `cutoff`.
    Result<std::vector<RetentionCandidate>> lastContactBefore(const Date& cutoff) const;
    Result<std::int64_t> anonymousCount() const;

private:
    const Database& m_db;
};

} // namespace trame::storage
