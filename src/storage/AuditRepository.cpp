#include "storage/AuditRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

namespace trame::storage {

namespace {

// id, at, actor_id, action, record_kind, record_id, detail, chain: the first eight columns.
AuditEntry readEntry(const Statement& row)
{
    AuditEntry e;
    e.id = row.integer(0);
    e.at = columns::requiredTimestamp(row, 1);
    e.actor = row.optionalInteger(2);
    e.action = columns::enumeration<AuditAction>(row, 3);
    e.recordKind = row.text(4);
    e.recordId = row.optionalInteger(5);
    e.detail = row.text(6);
    e.chain = row.text(7);
    return e;
}

} // namespace

Result<std::int64_t> AuditRepository::append(const AuditEntry& e) const
{
    return guarded([&]() -> Result<std::int64_t> {
        // On a server, through a function: a session may add an entry it may not read back (a
        // counsellor's, or a failed sign-in's with no session), which RETURNING would need.
        return (*m_db.cached(m_db.sql("INSERT INTO audit_log (at, actor_id, action, record_kind, record_id, detail,"
                                      " chain) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
                                      "SELECT trame_audit_append(?1, ?2, ?3, ?4, ?5, ?6, ?7)")))
            .bindAll(e.at, e.actor, columns::enumeration(e.action), e.recordKind, e.recordId, e.detail,
                     e.chain.empty() ? std::optional<std::string>() : std::optional<std::string>(e.chain))
            .returnedId();
    });
}

Result<std::vector<AuditEntry>> AuditRepository::list(const AuditFilter& f) const
{
    return guarded([&]() -> Result<std::vector<AuditEntry>> {
        Statement s = m_db.prepare(
            "SELECT l.id, l.at, l.actor_id, l.action, l.record_kind, l.record_id, l.detail, coalesce(l.chain, ''),"
            " coalesce(a.login, '')"
            " FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id"
            " WHERE (CAST(:actor AS INTEGER) IS NULL OR l.actor_id = :actor)"
            "   AND (:login = '' OR a.login = :login)"
            "   AND (CAST(:action AS TEXT) IS NULL OR l.action = :action)"
            "   AND (:kind = '' OR l.record_kind = :kind)"
            "   AND (CAST(:record AS INTEGER) IS NULL OR l.record_id = :record)"
            "   AND (:from = '' OR l.at >= :from)"
            "   AND (:to = '' OR l.at < :to)"
            " ORDER BY l.id DESC LIMIT :limit OFFSET :offset");
        s.bindNamed(":actor", f.actor).bindNamed(":login", f.actorLogin);
        s.bindNamed(":action", f.action ? std::optional<std::string>(columns::enumeration(*f.action)) : std::nullopt);
        s.bindNamed(":kind", f.recordKind).bindNamed(":record", f.recordId);
        s.bindNamed(":from", f.from).bindNamed(":to", f.to);
        s.bindNamed(":limit", f.limit).bindNamed(":offset", f.offset);
        std::vector<AuditEntry> entries;
        while (s.step()) {
            AuditEntry e = readEntry(s);
            e.actorLogin = s.text(8);
            entries.push_back(std::move(e));
        }
        return entries;
    });
}

Result<std::int64_t> AuditRepository::purgeBefore(const Timestamp& cutoff) const
{
    return guarded([&]() -> Result<std::int64_t> {
        Transaction transaction(m_db);
        m_db.prepare("INSERT INTO meta (key, value) VALUES ('audit_purge_before', ?1)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, cutoff)
            .run();
        m_db.prepare("DELETE FROM audit_log WHERE at < ?1").bind(1, cutoff).run();
        const std::int64_t removed = m_db.changes();
        m_db.exec("DELETE FROM meta WHERE key = 'audit_purge_before'");
        transaction.commit();
        return removed;
    });
}

Result<std::string> AuditRepository::lastChain() const
{
    return guarded([&]() -> Result<std::string> {
        Statement s = m_db.prepare(m_db.sql("SELECT coalesce(chain, '') FROM audit_log ORDER BY id DESC LIMIT 1",
                                            "SELECT trame_audit_tail()"));
        return s.step() ? s.text(0) : std::string();
    });
}

Result<std::int64_t> AuditRepository::chainStart() const
{
    return guarded([&]() -> Result<std::int64_t> {
        Statement s = m_db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'audit_chain_from'");
        return s.step() ? s.integer(0) : std::int64_t{1};
    });
}

Status AuditRepository::forEachFrom(std::int64_t firstId, const std::function<bool(const AuditEntry&)>& visit) const
{
    return guarded([&]() -> Status {
        Statement s =
            m_db.prepare("SELECT id, at, actor_id, action, record_kind, record_id, detail, coalesce(chain, '')"
                         " FROM audit_log WHERE id >= ?1 ORDER BY id");
        s.bind(1, firstId);
        while (s.step()) {
            if (!visit(readEntry(s)))
                break;
        }
        return Ok{};
    });
}

Result<int> AuditRepository::missingGuards() const
{
    return guarded([&]() -> Result<int> {
        Statement s = m_db.prepare(m_db.sql("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                            " AND name IN ('audit_log_no_update', 'audit_log_no_delete')",
                                            "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
                                            " AND tgname IN ('audit_log_no_update', 'audit_log_no_delete')"));
        s.step();
        return 2 - static_cast<int>(s.integer(0));
    });
}

Status AuditRepository::reinstallGuards() const
{
    return guarded([&]() -> Status {
        m_db.exec(m_db.isServer() ? serverAuditGuardsSql() : auditGuardsSql());
        return Ok{};
    });
}

} // namespace trame::storage
