#pragma once

#include "domain/Result.h"
#include "domain/Review.h"

#include <optional>
#include <string>
#include <vector>

namespace trame::storage {

class Database;

// Review rounds and their comments; keeps case_files.review_state in step with them.
class ReviewRepository {
public:
    explicit ReviewRepository(const Database& db) : m_db(db) {}

    // Opens a round; a round still pending for the same case file is a Conflict.
    Result<std::int64_t> submit(const Review& review) const;
    Result<std::int64_t> comment(std::int64_t reviewId, const ReviewComment& comment) const;
    // Closes the pending round with `outcome` (ChangesRequested or Validated).
    Status decide(std::int64_t reviewId, ReviewState outcome, std::int64_t decidedBy, const Timestamp& at,
                  const std::string& note) const;

    // Every round of this case file, newest first, with their comments.
    Result<std::vector<Review>> history(std::int64_t beneficiaryId) const;
    Result<std::optional<Review>> pendingFor(std::int64_t beneficiaryId) const;
    // Oldest submission first.
    Result<std::vector<PendingReview>> pending() const;
    // The case files of `counsellor` whose last round requested changes, oldest decision first.
    Result<std::vector<ReturnedCaseFile>> returnedTo(const std::string& counsellor) const;

private:
    void setState(std::int64_t beneficiaryId, ReviewState state) const;
    const Database& m_db;
};

} // namespace trame::storage
