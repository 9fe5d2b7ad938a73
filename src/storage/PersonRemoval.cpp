#include "storage/PersonRemoval.h"

#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

namespace trame::storage {

namespace {

// The person's latest interview or appointment they came to (or one planned: a follow-up under
// way), else their creation. Written for both back ends: an aggregate over a union, since SQLite's
// scalar max() and PostgreSQL's greatest() treat a missing value differently.
const char* const kLastContact =
    "coalesce((SELECT max(d) FROM (SELECT max(i.held_on) AS d FROM interviews i WHERE i.beneficiary_id = b.id"
    " UNION ALL SELECT max(a.day) FROM appointments a WHERE a.beneficiary_id = b.id"
    " AND a.status IN ('seen', 'unknown')) AS contacts), substr(b.created_at, 1, 10))";

} // namespace

Status PersonRemoval::remove(std::int64_t id, RemovalReason reason, const Date& removedOn) const
{
    return guarded([&]() -> Status {
        Transaction transaction(m_db);
        m_db.prepare(
                "INSERT INTO anonymous_records (removed_on, reason, status, opened_year, obstacle_categories,"
                " interviews, plan_steps, plan_steps_done)"
                " SELECT ?2, ?3, b.status, CAST(substr(b.created_at, 1, 4) AS INTEGER),"
                " coalesce(" +
                std::string(m_db.sql("(SELECT json_group_array(category) FROM",
                                     "(SELECT '[' || string_agg("
                                     "'\"' || category || '\"', ',' ORDER BY category) || ']' FROM")) +
                "   (SELECT DISTINCT category FROM obstacles WHERE beneficiary_id = b.id ORDER BY category) c), '[]'),"
                " (SELECT count(*) FROM interviews WHERE beneficiary_id = b.id),"
                " (SELECT count(*) FROM plan_steps WHERE beneficiary_id = b.id),"
                " (SELECT count(*) FROM plan_steps WHERE beneficiary_id = b.id AND status = 'done')"
                " FROM beneficiaries b WHERE b.id = ?1")
            .bindAll(id, removedOn.toString(), reason == RemovalReason::Erasure ? "erasure" : "retention")
            .run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(id) + " does not exist");
        m_db.prepare("DELETE FROM beneficiaries WHERE id = ?1").bind(1, id).run();
        transaction.commit();
        return Ok{};
    });
}

Status PersonRemoval::scrub() const
{
    // A server keeps deleted rows until its autovacuum reuses their space: docs/security.md says
    // what that means for an erasure; there is no log here to empty.
    if (m_db.isServer())
        return Ok{};
    return guarded([&]() -> Status {
        m_db.exec("INSERT INTO beneficiary_search (beneficiary_search) VALUES ('optimize')");
        int logFrames = 0;
        int copied = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copied);
        if (rc != SQLITE_OK)
            return makeError(rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ErrorKind::Busy : ErrorKind::Io, {},
                             "the person is removed, but another program is reading the file: their data may "
                             "remain in the write-ahead log until Trame is closed everywhere (" +
                                 std::string(sqlite3_errstr(rc)) + ")");
        return Ok{};
    });
}

Result<std::vector<RetentionCandidate>> PersonRemoval::lastContactBefore(const Date& cutoff) const
{
    return guarded([&]() -> Result<std::vector<RetentionCandidate>> {
        Statement s =
            m_db.prepare("SELECT id, counsellor, status, last_contact FROM (SELECT b.id, b.counsellor,"
                         " b.status, " +
                         std::string(kLastContact) +
                         " AS last_contact"
                         " FROM beneficiaries b) AS people WHERE last_contact < ?1 ORDER BY last_contact, id");
        s.bind(1, cutoff.toString());
        std::vector<RetentionCandidate> found;
        while (s.step()) {
            const auto last = columns::date(s, 3);
            found.push_back({s.integer(0), s.text(1), s.text(2), last.value_or(cutoff)});
        }
        return found;
    });
}

Result<std::int64_t> PersonRemoval::anonymousCount() const
{
    return guarded([&]() -> Result<std::int64_t> {
        Statement s = m_db.prepare("SELECT count(*) FROM anonymous_records");
        s.step();
        return s.integer(0);
    });
}

} // namespace trame::storage
