#include "storage/ServerAccess.h"

#include "storage/Connection.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace trame::storage {

namespace {

// Roles that see people's data; a trainee (stagiaire) sees the guide's cases only.
constexpr const char* kCaseRoles = "('administrateur', 'superviseur', 'conseiller')";

// Tables of people's data, readable and writable in a session of a case role only.
const char* const kPersonalTables[] = {
    "beneficiaries",     "case_files",         "obstacles",       "posture_items",     "tool_uses",   "referrals",
    "plan_steps",        "indicators",         "interviews",      "interview_entries", "reviews",     "review_comments",
    "anonymous_records", "beneficiary_search", "support_periods", "period_pauses",     "appointments"};
// The guide's content: read by anyone, written by the owner's seeding only.
const char* const kReferenceTables[] = {"reference_cases", "catalogue_entries", "templates"};

std::string sessionSql(const LockOutRule& rule)
{
    const std::string freeAttempts = std::to_string(rule.freeAttempts);
    const std::string first = std::to_string(rule.firstLockSeconds);
    const std::string longest = std::to_string(rule.longestLockSeconds);
    return R"sql(
CREATE TABLE IF NOT EXISTS server_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO server_secrets VALUES ('decoy', gen_random_uuid()::text) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS server_sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS server_sign_ins (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    login      TEXT NOT NULL,
    account_id BIGINT,
    outcome    TEXT NOT NULL
);
REVOKE ALL ON server_secrets, server_sessions, server_sign_ins FROM PUBLIC;

CREATE OR REPLACE FUNCTION trame_session_hash(token TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(coalesce(token, ''), 'UTF8')), 'hex')
$$;
CREATE OR REPLACE FUNCTION trame_session_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT s.role FROM server_sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.token_hash = trame_session_hash(current_setting('trame.session', true))
      AND s.expires_at > now() AND a.active = 1
$$;
CREATE OR REPLACE FUNCTION trame_session_account() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT s.account_id FROM server_sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.token_hash = trame_session_hash(current_setting('trame.session', true))
      AND s.expires_at > now() AND a.active = 1
$$;

CREATE OR REPLACE FUNCTION trame_password_setting(p_login TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce(
        (SELECT left(password_hash, length(password_hash) - position('$' IN reverse(password_hash)) + 1)
         FROM accounts WHERE login = lower(p_login)),
        '$argon2id$v=19$m=19456,t=2,p=1$' ||
        rtrim(encode(substr(sha256(convert_to(lower(p_login) || (SELECT value FROM server_secrets WHERE name = 'decoy'),
                                              'UTF8')), 1, 16), 'base64'), '=') || '$')
$$;

CREATE OR REPLACE FUNCTION trame_sign_in(p_login TEXT, p_proof TEXT) RETURNS TEXT LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    a accounts%ROWTYPE;
    now_text TEXT := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    token TEXT;
    lock_seconds BIGINT;
BEGIN
    SELECT * INTO a FROM accounts WHERE login = lower(p_login) FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO server_sign_ins (login, outcome) VALUES (lower(p_login), 'unknown');
        RETURN NULL;
    END IF;
    IF a.locked_until IS NOT NULL AND a.locked_until > now_text THEN
        INSERT INTO server_sign_ins (login, account_id, outcome) VALUES (a.login, a.id, 'locked');
        RETURN NULL;
    END IF;
    IF a.password_hash IS DISTINCT FROM p_proof THEN
        lock_seconds := CASE WHEN a.failed_attempts + 1 >= )sql" +
           freeAttempts + R"sql( THEN
            least()sql" +
           first + R"sql( * (2 ^ least(a.failed_attempts + 1 - )sql" + freeAttempts + R"sql(, 6))::BIGINT, )sql" +
           longest +
           R"sql() END;
        UPDATE accounts SET failed_attempts = failed_attempts + 1,
            locked_until = CASE WHEN lock_seconds IS NULL THEN NULL ELSE to_char((now() AT TIME ZONE 'UTC')
                           + make_interval(secs => lock_seconds), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END
        WHERE id = a.id;
        INSERT INTO server_sign_ins (login, account_id, outcome) VALUES (a.login, a.id, 'wrong password');
        RETURN NULL;
    END IF;
    IF a.active = 0 THEN -- only the right password learns it
        INSERT INTO server_sign_ins (login, account_id, outcome) VALUES (a.login, a.id, 'disabled');
        RETURN 'disabled';
    END IF;
    UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = a.id;
    token := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    INSERT INTO server_sessions VALUES (trame_session_hash(token), a.id, a.role, now() + interval '12 hours');
    DELETE FROM server_sessions WHERE expires_at < now();
    INSERT INTO server_sign_ins (login, account_id, outcome) VALUES (a.login, a.id, 'signed in');
    RETURN token;
END $$;

CREATE OR REPLACE FUNCTION trame_sign_out() RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    DELETE FROM server_sessions WHERE token_hash = trame_session_hash(current_setting('trame.session', true))
$$;
)sql";
}

// Tables a counsellor writes while following a person: once the follow-up is closed, the server
// refuses their writes as the services do (rules::allowedWhile), until it is reopened. Supervisors
// still review and reassign, administrators still import, erase and anonymise; the counsellor
// still reopens, and corrects the periods (support_periods and period_pauses are not guarded).
const char* const kClosedGuardedTables[] = {"case_files", "obstacles",     "posture_items",     "tool_uses",
                                            "referrals",  "plan_steps",    "indicators",        "interviews",
                                            "reviews",    "beneficiaries", "interview_entries", "appointments"};

std::string closedFollowUpSql()
{
    std::string sql = R"sql(
CREATE OR REPLACE FUNCTION trame_closed_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    person BIGINT;
BEGIN
    IF trame_session_role() IS DISTINCT FROM 'conseiller' THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'beneficiaries' THEN
        -- Reopening changes the status; storing the same status again changes nothing.
        IF TG_OP = 'UPDATE' AND OLD.status = 'closed' AND NEW.status = 'closed' AND NEW IS DISTINCT FROM OLD THEN
            RAISE EXCEPTION 'the follow-up is closed: its case file is read-only until it is reopened';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'interview_entries' AND TG_OP = 'DELETE' THEN
        SELECT beneficiary_id INTO person FROM interviews WHERE id = OLD.interview_id;
    ELSIF TG_TABLE_NAME = 'interview_entries' THEN
        SELECT beneficiary_id INTO person FROM interviews WHERE id = NEW.interview_id;
    ELSIF TG_OP = 'DELETE' THEN
        person := OLD.beneficiary_id;
    ELSE
        person := NEW.beneficiary_id;
    END IF;
    IF EXISTS (SELECT 1 FROM beneficiaries WHERE id = person AND status = 'closed') THEN
        RAISE EXCEPTION 'the follow-up is closed: its case file is read-only until it is reopened';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
)sql";
    for (const char* table : kClosedGuardedTables)
        sql += std::string("DROP TRIGGER IF EXISTS ") + table + "_closed_guard ON " + table + ";\nCREATE TRIGGER " +
               table + "_closed_guard BEFORE INSERT OR UPDATE OR DELETE ON " + table +
               " FOR EACH ROW EXECUTE FUNCTION trame_closed_guard();\n";
    return sql;
}

std::string policiesSql(const std::string& role)
{
    const std::string caseRole = std::string("trame_session_role() IN ") + kCaseRoles;
    std::string sql =
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;\n"
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;\n"
        "GRANT USAGE ON SCHEMA public TO " +
        role +
        ";\n"
        "GRANT EXECUTE ON FUNCTION trame_fold(TEXT), trame_session_role(), trame_session_account(),"
        " trame_password_setting(TEXT), trame_sign_in(TEXT, TEXT), trame_sign_out(), trame_audit_tail(), "
        "trame_account_count(), trame_audit_append(TEXT, BIGINT, TEXT, TEXT, BIGINT, TEXT, TEXT),"
        " trame_next_id(), trame_search_changed(), trame_refresh_search(BIGINT),"
        " trame_follow_up_changed(), trame_refresh_follow_up(BIGINT), trame_last_beneficiary_id(),"
        " trame_audit_guard(), trame_session_hash(TEXT), trame_notify_change(), trame_closed_guard() TO " +
        role + ";\n";
    auto policy = [&](const std::string& table, const std::string& name, const std::string& rule) {
        sql += "DROP POLICY IF EXISTS " + name + " ON " + table + ";\nCREATE POLICY " + name + " ON " + table + " " +
               rule + ";\n";
    };
    for (const char* table : kPersonalTables) {
        sql += std::string("ALTER TABLE ") + table + " ENABLE ROW LEVEL SECURITY;\n";
        sql += std::string("GRANT SELECT, INSERT, UPDATE, DELETE ON ") + table + " TO " + role + ";\n";
        policy(table, "trame_case_roles", "FOR ALL USING (" + caseRole + ") WITH CHECK (" + caseRole + ")");
    }
    for (const char* table : kReferenceTables) {
        sql += std::string("GRANT SELECT ON ") + table + " TO " + role + ";\n";
    }
    // The lists of programmes and exit reasons: read by anyone signed in, kept by an administrator.
    for (const char* table : {"programmes", "exit_reasons"}) {
        sql += std::string("ALTER TABLE ") + table + " ENABLE ROW LEVEL SECURITY;\nGRANT SELECT, INSERT, UPDATE ON " +
               table + " TO " + role + ";\n";
        policy(table, "trame_read", "FOR SELECT USING (trame_session_role() IS NOT NULL)");
        policy(table, "trame_add", "FOR INSERT WITH CHECK (trame_session_role() = 'administrateur')");
        policy(table, "trame_change", "FOR UPDATE USING (trame_session_role() = 'administrateur')");
    }
    // meta: settings and counters, nothing personal; written in a session only.
    sql +=
        "ALTER TABLE meta ENABLE ROW LEVEL SECURITY;\nGRANT SELECT, INSERT, UPDATE, DELETE ON meta TO " + role + ";\n";
    policy("meta", "trame_read", "FOR SELECT USING (true)");
    policy("meta", "trame_write", "FOR INSERT WITH CHECK (trame_session_role() IS NOT NULL)");
    policy("meta", "trame_change", "FOR UPDATE USING (trame_session_role() IS NOT NULL)");
    policy("meta", "trame_remove", "FOR DELETE USING (trame_session_role() IS NOT NULL)");
    // accounts: read by a signed-in user, without the password hashes, which only the sign-in
    // function reads; written by an administrator, or by users on their own row.
    sql += "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;\n"
           "GRANT SELECT (id, login, display_name, role, active, failed_attempts, locked_until, created_at,"
           " updated_at), INSERT, UPDATE ON accounts TO " +
           role + ";\n";
    policy("accounts", "trame_read", "FOR SELECT USING (trame_session_role() IS NOT NULL)");
    policy("accounts", "trame_add", "FOR INSERT WITH CHECK (trame_session_role() = 'administrateur')");
    policy("accounts", "trame_change",
           "FOR UPDATE USING (trame_session_role() = 'administrateur' OR id = trame_session_account())");
    // audit_log: anyone may add an entry (a failed sign-in has no session); reading is for
    // supervisors and administrators; nobody changes one (triggers), only an administrator purges.
    sql += "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;\n"
           "GRANT SELECT, INSERT, DELETE ON audit_log TO " +
           role + ";\n";
    policy("audit_log", "trame_append", "FOR INSERT WITH CHECK (true)");
    policy("audit_log", "trame_read", "FOR SELECT USING (trame_session_role() IN ('administrateur', 'superviseur'))");
    policy("audit_log", "trame_purge", "FOR DELETE USING (trame_session_role() = 'administrateur')");
    return sql;
}

} // namespace

Result<ServerRole> prepareServerAccess(const Database& owner, const LockOutRule& rule, const std::string& password)
{
    return guarded([&]() -> Result<ServerRole> {
        Statement name = owner.prepare("SELECT current_database() || '_app'");
        name.step();
        ServerRole role{name.text(0), password};
        Transaction transaction(owner);
        // Role names and passwords cannot be bound: format() quotes them.
        Statement exists = owner.prepare("SELECT 1 FROM pg_roles WHERE rolname = ?1");
        const bool known = exists.bind(1, role.name).step();
        Statement create = owner.prepare(
            known ? "SELECT format('ALTER ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', "
                    "CAST(?1 AS TEXT), CAST(?2 AS TEXT))"
                  : "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', "
                    "CAST(?1 AS TEXT), CAST(?2 AS TEXT))");
        create.bindAll(role.name, role.password).step();
        owner.exec(create.text(0));
        Statement quoted = owner.prepare("SELECT quote_ident(CAST(?1 AS TEXT))");
        quoted.bind(1, role.name).step();
        owner.exec(sessionSql(rule));
        owner.exec(closedFollowUpSql());
        owner.exec(policiesSql(quoted.text(0)));
        transaction.commit();
        return role;
    });
}

Result<std::string> passwordSetting(const Database& db, const std::string& login)
{
    return guarded([&]() -> Result<std::string> {
        Statement s = db.prepare("SELECT trame_password_setting(?1)");
        s.bind(1, login).step();
        return s.text(0);
    });
}

bool serverChecksPasswords(const Database& db)
{
    if (!db.isServer())
        return false;
    const auto found = guarded([&]() -> Result<bool> {
        Statement s = db.prepare("SELECT to_regprocedure('trame_sign_in(text, text)') IS NOT NULL");
        return s.step() && s.integer(0) != 0;
    });
    return found && *found;
}

Result<ServerSignIn> openServerSession(const Database& db, const std::string& login, const std::string& proof)
{
    return guarded([&]() -> Result<ServerSignIn> {
        Statement s = db.prepare("SELECT trame_sign_in(?1, ?2)");
        s.bindAll(login, proof).step();
        if (s.isNull(0))
            return ServerSignIn{};
        const std::string token = s.text(0);
        if (token == "disabled")
            return ServerSignIn{std::nullopt, true};
        // The token is hex digits (trame_sign_in), safe to write into the statement kept for a
        // reconnection.
        if (token.find_first_not_of("0123456789abcdef") != std::string::npos)
            return makeError(ErrorKind::Internal, {}, "the server's session token is not one");
        db.connection().keep("SELECT set_config('trame.session', '" + token + "', false)");
        Statement account = db.prepare("SELECT trame_session_account()");
        account.step();
        return ServerSignIn{account.integer(0), false};
    });
}

Status closeServerSession(const Database& db)
{
    return guarded([&]() -> Status {
        db.exec("SELECT trame_sign_out()");
        db.connection().keep("SELECT set_config('trame.session', '', false)");
        return Ok{};
    });
}

} // namespace trame::storage
