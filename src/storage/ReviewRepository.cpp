#include "storage/ReviewRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace trame::storage {

namespace {

const char* const kSelectReview =
    "SELECT r.id, r.beneficiary_id, r.submitted_by, s.display_name, r.submitted_at, r.note, r.outcome,"
    " r.decided_by, coalesce(d.display_name, ''), r.decided_at, r.decision_note"
    " FROM reviews r JOIN accounts s ON s.id = r.submitted_by LEFT JOIN accounts d ON d.id = r.decided_by";

Review readReview(const Statement& row)
{
    Review r;
    r.id = row.integer(0);
    r.beneficiaryId = row.integer(1);
    r.submittedBy = row.integer(2);
    r.submitterName = row.text(3);
    r.submittedAt = columns::requiredTimestamp(row, 4);
    r.note = row.text(5);
    if (!row.isNull(6))
        r.outcome = columns::enumeration<ReviewState>(row, 6);
    r.decidedBy = row.optionalInteger(7);
    r.deciderName = row.text(8);
    r.decidedAt = columns::timestamp(row, 9);
    r.decisionNote = row.text(10);
    return r;
}

void readComments(const Database& db, Review& review)
{
    Statement s = db.prepare("SELECT c.id, c.section, c.author_id, a.display_name, c.written_at, c.text"
                             " FROM review_comments c JOIN accounts a ON a.id = c.author_id"
                             " WHERE c.review_id = ?1 ORDER BY c.id");
    s.bind(1, review.id);
    while (s.step())
        review.comments.push_back({s.integer(0), columns::enumeration<CaseSection>(s, 1), s.integer(2), s.text(3),
                                   columns::requiredTimestamp(s, 4), s.text(5)});
}

} // namespace

void ReviewRepository::setState(std::int64_t beneficiaryId, ReviewState state) const
{
    m_db.prepare("UPDATE case_files SET review_state = ?2 WHERE beneficiary_id = ?1")
        .bindAll(beneficiaryId, columns::enumeration(state))
        .run();
    if (m_db.changes() == 0)
        throw StorageError(Error{ErrorKind::NotFound,
                                 {},
                                 "the case file of beneficiary " + std::to_string(beneficiaryId) + " does not exist"});
}

Result<std::int64_t> ReviewRepository::submit(const Review& r) const
{
    return guarded([&]() -> Result<std::int64_t> {
        Transaction transaction(m_db);
        Statement open = m_db.prepare("SELECT 1 FROM reviews WHERE beneficiary_id = ?1 AND outcome IS NULL");
        if (open.bind(1, r.beneficiaryId).step())
            return makeError(ErrorKind::Conflict, {}, "this case file is already waiting for review");
        setState(r.beneficiaryId, ReviewState::Submitted);
        const std::int64_t id = m_db.prepare("INSERT INTO reviews (beneficiary_id, submitted_by, submitted_at, note)"
                                             " VALUES (?1, ?2, ?3, ?4) RETURNING id")
                                    .bindAll(r.beneficiaryId, r.submittedBy, r.submittedAt, r.note)
                                    .returnedId();
        transaction.commit();
        return id;
    });
}

Result<std::int64_t> ReviewRepository::comment(std::int64_t reviewId, const ReviewComment& c) const
{
    return guarded([&]() -> Result<std::int64_t> {
        return m_db
            .prepare("INSERT INTO review_comments (review_id, section, author_id, written_at, text)"
                     " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id")
            .bindAll(reviewId, columns::enumeration(c.section), c.author, c.writtenAt, c.text)
            .returnedId();
    });
}

Status ReviewRepository::decide(std::int64_t reviewId, ReviewState outcome, std::int64_t decidedBy, const Timestamp& at,
                                const std::string& note) const
{
    return guarded([&]() -> Status {
        Transaction transaction(m_db);
        Statement round = m_db.prepare("SELECT beneficiary_id FROM reviews WHERE id = ?1 AND outcome IS NULL");
        if (!round.bind(1, reviewId).step())
            return makeError(ErrorKind::Conflict, {}, "this review is already closed");
        const std::int64_t beneficiary = round.integer(0);
        m_db.prepare("UPDATE reviews SET outcome = ?2, decided_by = ?3, decided_at = ?4, decision_note = ?5"
                     " WHERE id = ?1")
            .bindAll(reviewId, columns::enumeration(outcome), decidedBy, at, note)
            .run();
        setState(beneficiary, outcome);
        transaction.commit();
        return Ok{};
    });
}

Result<std::vector<Review>> ReviewRepository::history(std::int64_t beneficiaryId) const
{
    return guarded([&]() -> Result<std::vector<Review>> {
        std::vector<Review> rounds;
        Statement s = m_db.prepare(std::string(kSelectReview) + " WHERE r.beneficiary_id = ?1 ORDER BY r.id DESC");
        s.bind(1, beneficiaryId);
        while (s.step())
            rounds.push_back(readReview(s));
        for (Review& r : rounds)
            readComments(m_db, r);
        return rounds;
    });
}

Result<std::optional<Review>> ReviewRepository::pendingFor(std::int64_t beneficiaryId) const
{
    return guarded([&]() -> Result<std::optional<Review>> {
        Statement s = m_db.prepare(std::string(kSelectReview) +
                                   " WHERE r.beneficiary_id = ?1 AND r.outcome IS NULL ORDER BY r.id DESC LIMIT 1");
        if (!s.bind(1, beneficiaryId).step())
            return std::optional<Review>();
        Review r = readReview(s);
        readComments(m_db, r);
        return std::optional<Review>(std::move(r));
    });
}

Result<std::vector<PendingReview>> ReviewRepository::pending() const
{
    return guarded([&]() -> Result<std::vector<PendingReview>> {
        std::vector<PendingReview> queue;
        Statement s =
            m_db.prepare("SELECT r.id, r.beneficiary_id, b.first_name || ' ' || b.last_name, b.counsellor,"
                         " r.submitted_at, r.note FROM reviews r JOIN beneficiaries b ON b.id = r.beneficiary_id"
                         " WHERE r.outcome IS NULL ORDER BY r.submitted_at, r.id");
        while (s.step())
            queue.push_back(
                {s.integer(0), s.integer(1), s.text(2), s.text(3), columns::requiredTimestamp(s, 4), s.text(5)});
        return queue;
    });
}

Result<std::vector<ReturnedCaseFile>> ReviewRepository::returnedTo(const std::string& counsellor) const
{
    return guarded([&]() -> Result<std::vector<ReturnedCaseFile>> {
        std::vector<ReturnedCaseFile> returned;
        Statement s = m_db.prepare("SELECT b.id, b.first_name || ' ' || b.last_name, r.decided_at, r.decision_note"
                                   " FROM beneficiaries b JOIN case_files c ON c.beneficiary_id = b.id"
                                   " JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE beneficiary_id = b.id)"
                                   " WHERE b.counsellor = ?1 AND c.review_state = 'changes_requested'"
                                   " ORDER BY r.decided_at, b.id");
        s.bind(1, counsellor);
        while (s.step())
            returned.push_back({s.integer(0), s.text(1), columns::requiredTimestamp(s, 2), s.text(3)});
        return returned;
    });
}

} // namespace trame::storage
