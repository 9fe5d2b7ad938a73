// The server's schema history. A server database first exists at schema version 7: its first
// migration builds what the file's migrations 1 to 7 built. From version 8 on, every migration is
// written twice, once in each dialect, with the same number (tests/storage/MigratorTest.cpp holds
// both lists to the same last version). Never edit a released migration.
#include "storage/Migrator.h"

namespace trame::storage {

namespace {

// Text columns compare byte by byte, as in the file (COLLATE "C"): lists sort the same on both.
const char* const kServerV7 = R"sql(
CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);
INSERT INTO meta (key, value) VALUES ('schema_version', '0'), ('last_beneficiary_id', '0'),
    ('audit_chain_from', '1');

-- A row inserted without an id gets the highest id plus one, as a file's rowid does: imports and
-- saves give explicit ids, and a sequence would not know them. Writers take turns (Transaction).
CREATE FUNCTION trame_next_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.id IS NULL THEN
        EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;
    END IF;
    RETURN NEW;
END $$;

CREATE TABLE beneficiaries (
    id                  BIGINT PRIMARY KEY,
    civility            TEXT COLLATE "C" NOT NULL,
    first_name          TEXT COLLATE "C" NOT NULL,
    last_name           TEXT COLLATE "C" NOT NULL,
    birth_date          TEXT COLLATE "C",
    phone               TEXT COLLATE "C" NOT NULL DEFAULT '',
    email               TEXT COLLATE "C" NOT NULL DEFAULT '',
    address             TEXT COLLATE "C" NOT NULL DEFAULT '',
    qualifications      TEXT COLLATE "C" NOT NULL DEFAULT '',
    experience          TEXT COLLATE "C" NOT NULL DEFAULT '',
    languages           TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    resources           TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    consent_date        TEXT COLLATE "C",
    consent_basis       TEXT COLLATE "C" NOT NULL DEFAULT '',
    consent_information TEXT COLLATE "C" NOT NULL DEFAULT '',
    counsellor          TEXT COLLATE "C" NOT NULL DEFAULT '',
    status              TEXT COLLATE "C" NOT NULL,
    created_at          TEXT COLLATE "C" NOT NULL,
    updated_at          TEXT COLLATE "C" NOT NULL,
    version             BIGINT NOT NULL DEFAULT 1,
    next_appointment    TEXT COLLATE "C",
    open_due            TEXT COLLATE "C"
);
CREATE INDEX beneficiaries_by_name ON beneficiaries(last_name, first_name);
CREATE INDEX beneficiaries_by_counsellor ON beneficiaries(counsellor);
CREATE INDEX beneficiaries_by_next_appointment ON beneficiaries(next_appointment) WHERE next_appointment IS NOT NULL;
CREATE INDEX beneficiaries_by_open_due ON beneficiaries(open_due) WHERE open_due IS NOT NULL;
CREATE TRIGGER beneficiaries_id BEFORE INSERT ON beneficiaries FOR EACH ROW EXECUTE FUNCTION trame_next_id();

CREATE TABLE case_files (
    beneficiary_id    BIGINT PRIMARY KEY REFERENCES beneficiaries(id) ON DELETE CASCADE,
    problem_statement TEXT COLLATE "C" NOT NULL DEFAULT '',
    situation         TEXT COLLATE "C" NOT NULL DEFAULT '',
    admin_advice      TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    rhythm            TEXT COLLATE "C",
    review_state      TEXT COLLATE "C" NOT NULL DEFAULT 'draft',
    updated_at        TEXT COLLATE "C" NOT NULL,
    version           BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE obstacles (
    id             BIGINT PRIMARY KEY,
    beneficiary_id BIGINT NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    category       TEXT COLLATE "C" NOT NULL,
    description    TEXT COLLATE "C" NOT NULL,
    status         TEXT COLLATE "C" NOT NULL,
    identified_on  TEXT COLLATE "C",
    lifted_on      TEXT COLLATE "C"
);
CREATE INDEX obstacles_by_case ON obstacles(beneficiary_id, position);
CREATE INDEX obstacles_by_category ON obstacles(category, beneficiary_id);
CREATE TRIGGER obstacles_id BEFORE INSERT ON obstacles FOR EACH ROW EXECUTE FUNCTION trame_next_id();

CREATE TABLE posture_items (
    beneficiary_id BIGINT NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    technique      TEXT COLLATE "C" NOT NULL,
    label          TEXT COLLATE "C" NOT NULL,
    guidance       TEXT COLLATE "C" NOT NULL,
    example_phrase TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
);

CREATE TABLE tool_uses (
    beneficiary_id BIGINT NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    tool           TEXT COLLATE "C" NOT NULL,
    label          TEXT COLLATE "C" NOT NULL,
    details        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
);

CREATE TABLE referrals (
    beneficiary_id BIGINT NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    partner        TEXT COLLATE "C" NOT NULL,
    purpose        TEXT COLLATE "C" NOT NULL,
    status         TEXT COLLATE "C" NOT NULL,
    partner_name   TEXT COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (beneficiary_id, position)
);

CREATE TABLE plan_steps (
    id             BIGINT PRIMARY KEY,
    beneficiary_id BIGINT NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    title          TEXT COLLATE "C" NOT NULL,
    details        TEXT COLLATE "C" NOT NULL,
    due_date       TEXT COLLATE "C",
    status         TEXT COLLATE "C" NOT NULL,
    partner        TEXT COLLATE "C" NOT NULL,
    obstacle_id    BIGINT REFERENCES obstacles(id) DEFERRABLE INITIALLY DEFERRED,
    partner_name   TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX plan_steps_by_case ON plan_steps(beneficiary_id, position);
CREATE INDEX plan_steps_by_due_date ON plan_steps(due_date) WHERE due_date IS NOT NULL;
CREATE INDEX plan_steps_by_obstacle ON plan_steps(obstacle_id) WHERE obstacle_id IS NOT NULL;
CREATE TRIGGER plan_steps_id BEFORE INSERT ON plan_steps FOR EACH ROW EXECUTE FUNCTION trame_next_id();

CREATE TABLE indicators (
    beneficiary_id BIGINT NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       BIGINT NOT NULL,
    label          TEXT COLLATE "C" NOT NULL,
    target         TEXT COLLATE "C" NOT NULL,
    evaluation     TEXT COLLATE "C" NOT NULL,
    evaluated_on   TEXT COLLATE "C",
    evidence       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
);

CREATE TABLE interviews (
    id               BIGINT PRIMARY KEY,
    beneficiary_id   BIGINT NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    held_on          TEXT COLLATE "C" NOT NULL,
    template_version BIGINT NOT NULL,
    self_assessment  TEXT COLLATE "C" NOT NULL,
    next_appointment TEXT COLLATE "C",
    version          BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX interviews_by_beneficiary ON interviews(beneficiary_id, held_on);
CREATE TRIGGER interviews_id BEFORE INSERT ON interviews FOR EACH ROW EXECUTE FUNCTION trame_next_id();

-- rowid: the order entries were written in, which the file reads from its own rowid.
CREATE TABLE interview_entries (
    interview_id BIGINT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    item_key     TEXT COLLATE "C" NOT NULL,
    status       TEXT COLLATE "C" NOT NULL,
    note         TEXT COLLATE "C" NOT NULL,
    rowid        BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (interview_id, item_key)
);

CREATE TABLE reference_cases (
    number       BIGINT PRIMARY KEY,
    seed_version BIGINT NOT NULL,
    document     TEXT COLLATE "C" NOT NULL CHECK (document::json IS NOT NULL)
);

CREATE TABLE catalogue_entries (
    kind     TEXT COLLATE "C" NOT NULL,
    key      TEXT COLLATE "C" NOT NULL,
    position BIGINT NOT NULL,
    document TEXT COLLATE "C" NOT NULL CHECK (document::json IS NOT NULL),
    PRIMARY KEY (kind, key)
);

CREATE TABLE templates (
    version  BIGINT PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL CHECK (document::json IS NOT NULL)
);

-- Search: each person's words folded as the file's full-text index folds them (case, accents,
-- anything but letters and digits separates), between spaces, so that a word's prefix is
-- LIKE '% prefix%'. Kept by triggers; and indexed by trigrams when the server has pg_trgm.
CREATE FUNCTION trame_fold(words TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ' ' || btrim(regexp_replace(
        regexp_replace(normalize(lower(words COLLATE "und-x-icu"), NFD), '[\u0300-\u036f]', '', 'g'),
        '[^[:alnum:]]+', ' ', 'g')) || ' '
$$;
CREATE TABLE beneficiary_search (
    beneficiary_id BIGINT PRIMARY KEY REFERENCES beneficiaries(id) ON DELETE CASCADE,
    words          TEXT COLLATE "C" NOT NULL
);
CREATE FUNCTION trame_refresh_search(person BIGINT) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    DELETE FROM beneficiary_search WHERE beneficiary_id = person;
    INSERT INTO beneficiary_search (beneficiary_id, words)
    SELECT b.id, trame_fold(b.first_name || ' ' || b.last_name || ' ' ||
                            coalesce(c.problem_statement || ' ' || c.situation, '') || ' ' ||
                            coalesce((SELECT string_agg(o.description, ' ') FROM obstacles o
                                      WHERE o.beneficiary_id = b.id), ''))
    FROM beneficiaries b LEFT JOIN case_files c ON c.beneficiary_id = b.id WHERE b.id = person;
$$;
CREATE FUNCTION trame_search_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'beneficiaries' THEN
        IF TG_OP <> 'DELETE' THEN PERFORM trame_refresh_search(NEW.id); END IF;
    ELSE
        IF TG_OP <> 'INSERT' THEN PERFORM trame_refresh_search(OLD.beneficiary_id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM trame_refresh_search(NEW.beneficiary_id); END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER beneficiary_search_person AFTER INSERT OR UPDATE OF first_name, last_name ON beneficiaries
    FOR EACH ROW EXECUTE FUNCTION trame_search_changed();
CREATE TRIGGER beneficiary_search_case AFTER INSERT OR UPDATE OF problem_statement, situation ON case_files
    FOR EACH ROW EXECUTE FUNCTION trame_search_changed();
CREATE TRIGGER beneficiary_search_obstacle AFTER INSERT OR DELETE OR UPDATE OF description ON obstacles
    FOR EACH ROW EXECUTE FUNCTION trame_search_changed();

-- What the list shows: the next appointment (latest interview) and the earliest open due date.
CREATE FUNCTION trame_refresh_follow_up(person BIGINT) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    UPDATE beneficiaries SET
        next_appointment = (SELECT i.next_appointment FROM interviews i WHERE i.beneficiary_id = person
                            ORDER BY i.held_on DESC, i.id DESC LIMIT 1),
        open_due = (SELECT min(s.due_date) FROM plan_steps s WHERE s.beneficiary_id = person
                    AND s.status IN ('planned', 'in_progress', 'standby'))
    WHERE id = person;
$$;
CREATE FUNCTION trame_follow_up_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM trame_refresh_follow_up(OLD.beneficiary_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM trame_refresh_follow_up(NEW.beneficiary_id); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER next_appointment_changed AFTER INSERT OR DELETE OR UPDATE OF held_on, next_appointment
    ON interviews FOR EACH ROW EXECUTE FUNCTION trame_follow_up_changed();
CREATE TRIGGER open_due_changed AFTER INSERT OR DELETE OR UPDATE OF due_date, status
    ON plan_steps FOR EACH ROW EXECUTE FUNCTION trame_follow_up_changed();

CREATE FUNCTION trame_last_beneficiary_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE meta SET value = greatest(CAST(value AS BIGINT), NEW.id)::text WHERE key = 'last_beneficiary_id';
    RETURN NULL;
END $$;
CREATE TRIGGER beneficiaries_last_id AFTER INSERT ON beneficiaries
    FOR EACH ROW EXECUTE FUNCTION trame_last_beneficiary_id();

-- Colleagues learn that a person's file changed: the person's number, at commit, on the channel
-- trame_changes (each workstation leaves out its own, by the sender's process id).
-- The trigger's argument names the column that holds the person's number.
CREATE FUNCTION trame_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('trame_changes',
                      to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[0]);
    RETURN NULL;
END $$;
CREATE TRIGGER beneficiaries_notify AFTER INSERT OR UPDATE OR DELETE ON beneficiaries
    FOR EACH ROW EXECUTE FUNCTION trame_notify_change('id');
CREATE TRIGGER case_files_notify AFTER INSERT OR UPDATE OR DELETE ON case_files
    FOR EACH ROW EXECUTE FUNCTION trame_notify_change('beneficiary_id');
CREATE TRIGGER interviews_notify AFTER INSERT OR UPDATE OR DELETE ON interviews
    FOR EACH ROW EXECUTE FUNCTION trame_notify_change('beneficiary_id');

CREATE TABLE accounts (
    id              BIGINT PRIMARY KEY,
    login           TEXT COLLATE "C" NOT NULL UNIQUE,
    display_name    TEXT COLLATE "C" NOT NULL,
    role            TEXT COLLATE "C" NOT NULL CHECK (role IN ('administrateur', 'superviseur', 'conseiller', 'stagiaire')),
    password_hash   TEXT COLLATE "C" NOT NULL,
    active          BIGINT NOT NULL DEFAULT 1,
    failed_attempts BIGINT NOT NULL DEFAULT 0,
    locked_until    TEXT COLLATE "C",
    created_at      TEXT COLLATE "C" NOT NULL,
    updated_at      TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER accounts_id BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION trame_next_id();

CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY,
    at          TEXT COLLATE "C" NOT NULL,
    actor_id    BIGINT,
    action      TEXT COLLATE "C" NOT NULL,
    record_kind TEXT COLLATE "C" NOT NULL DEFAULT '',
    record_id   BIGINT,
    detail      TEXT COLLATE "C" NOT NULL DEFAULT '',
    chain       TEXT COLLATE "C"
);
CREATE TRIGGER audit_log_id BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION trame_next_id();
CREATE FUNCTION trame_audit_append(p_at TEXT, p_actor BIGINT, p_action TEXT, p_kind TEXT, p_record BIGINT,
                                   p_detail TEXT, p_chain TEXT) RETURNS BIGINT LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    INSERT INTO audit_log (at, actor_id, action, record_kind, record_id, detail, chain)
    VALUES (p_at, p_actor, p_action, p_kind, p_record, p_detail, p_chain) RETURNING id
$$;
-- How many accounts exist, for the first start's question, before anyone signed in.
CREATE FUNCTION trame_account_count() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT count(*) FROM accounts
$$;
-- The trail's last link, for chaining a new entry: a counsellor's session reads no one else's.
CREATE FUNCTION trame_audit_tail() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT coalesce(chain, '') FROM audit_log ORDER BY id DESC LIMIT 1), '')
$$;

CREATE TABLE reviews (
    id             BIGINT PRIMARY KEY,
    beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    submitted_by   BIGINT NOT NULL REFERENCES accounts(id),
    submitted_at   TEXT COLLATE "C" NOT NULL,
    note           TEXT COLLATE "C" NOT NULL DEFAULT '',
    outcome        TEXT COLLATE "C" CHECK (outcome IN ('changes_requested', 'validated')),
    decided_by     BIGINT REFERENCES accounts(id),
    decided_at     TEXT COLLATE "C",
    decision_note  TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX reviews_by_beneficiary ON reviews(beneficiary_id, id);
CREATE INDEX reviews_pending ON reviews(submitted_at) WHERE outcome IS NULL;
CREATE TRIGGER reviews_id BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION trame_next_id();
CREATE TRIGGER reviews_notify AFTER INSERT OR UPDATE OR DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION trame_notify_change('beneficiary_id');

CREATE TABLE review_comments (
    id         BIGINT PRIMARY KEY,
    review_id  BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    section    TEXT COLLATE "C" NOT NULL,
    author_id  BIGINT NOT NULL REFERENCES accounts(id),
    written_at TEXT COLLATE "C" NOT NULL,
    text       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX review_comments_by_review ON review_comments(review_id, id);
CREATE TRIGGER review_comments_id BEFORE INSERT ON review_comments FOR EACH ROW EXECUTE FUNCTION trame_next_id();

CREATE TABLE anonymous_records (
    id                  BIGINT PRIMARY KEY,
    removed_on          TEXT COLLATE "C" NOT NULL,
    reason              TEXT COLLATE "C" NOT NULL CHECK (reason IN ('erasure', 'retention')),
    status              TEXT COLLATE "C" NOT NULL,
    opened_year         BIGINT NOT NULL,
    obstacle_categories TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    interviews          BIGINT NOT NULL,
    plan_steps          BIGINT NOT NULL,
    plan_steps_done     BIGINT NOT NULL
);
CREATE TRIGGER anonymous_records_id BEFORE INSERT ON anonymous_records FOR EACH ROW EXECUTE FUNCTION trame_next_id();
)sql";

// 8: as the file's version 8 (Schema.cpp).
const char* const kServerV8 = R"sql(
CREATE TABLE programmes (
    code       TEXT COLLATE "C" PRIMARY KEY,
    label      TEXT COLLATE "C" NOT NULL,
    max_months BIGINT,
    source     TEXT COLLATE "C" NOT NULL DEFAULT '',
    active     BIGINT NOT NULL DEFAULT 1,
    position   BIGINT NOT NULL
);
CREATE TABLE exit_reasons (
    code          TEXT COLLATE "C" PRIMARY KEY,
    label         TEXT COLLATE "C" NOT NULL,
    iae_category  TEXT COLLATE "C" NOT NULL,
    plie_positive BIGINT NOT NULL,
    fse_situation TEXT COLLATE "C" NOT NULL,
    source        TEXT COLLATE "C" NOT NULL DEFAULT '',
    active        BIGINT NOT NULL DEFAULT 1,
    position      BIGINT NOT NULL
);
CREATE TABLE support_periods (
    id                      BIGINT PRIMARY KEY,
    beneficiary_id          BIGINT NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    entry_date              TEXT COLLATE "C" NOT NULL,
    programme               TEXT COLLATE "C" NOT NULL,
    prescriber_organisation TEXT COLLATE "C" NOT NULL DEFAULT '',
    prescriber_name         TEXT COLLATE "C" NOT NULL DEFAULT '',
    referent                TEXT COLLATE "C" NOT NULL DEFAULT '',
    employment              TEXT COLLATE "C" NOT NULL DEFAULT '',
    time_without_work       TEXT COLLATE "C" NOT NULL DEFAULT '',
    education_level         TEXT COLLATE "C" NOT NULL DEFAULT '',
    entry_resources         TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    participant_flags       TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    exit_date               TEXT COLLATE "C",
    exit_reason             TEXT COLLATE "C",
    exit_situation          TEXT COLLATE "C",
    bilan                   TEXT COLLATE "C",
    version                 BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX support_periods_by_beneficiary ON support_periods(beneficiary_id, entry_date);
CREATE UNIQUE INDEX support_periods_one_open ON support_periods(beneficiary_id) WHERE exit_date IS NULL;
CREATE TRIGGER support_periods_id BEFORE INSERT ON support_periods FOR EACH ROW EXECUTE FUNCTION trame_next_id();
CREATE TRIGGER support_periods_notify AFTER INSERT OR UPDATE OR DELETE ON support_periods
    FOR EACH ROW EXECUTE FUNCTION trame_notify_change('beneficiary_id');
CREATE TABLE period_pauses (
    period_id    BIGINT NOT NULL REFERENCES support_periods(id) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    from_date    TEXT COLLATE "C" NOT NULL,
    expected_end TEXT COLLATE "C",
    until_date   TEXT COLLATE "C",
    reason       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (period_id, position)
);
)sql";

} // namespace

const char* serverAuditGuardsSql()
{
    // The server's append-only trail: for every role, the owner's included, until someone drops
    // the triggers (which opening notices and undoes).
    return R"sql(
CREATE OR REPLACE FUNCTION trame_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'audit entries cannot be changed';
    END IF;
    IF OLD.at >= coalesce((SELECT value FROM meta WHERE key = 'audit_purge_before'), '')
       OR OLD.at >= to_char((now() AT TIME ZONE 'UTC') - interval '12 months', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') THEN
        RAISE EXCEPTION 'audit entries younger than 12 months cannot be deleted';
    END IF;
    RETURN OLD;
END $$;
CREATE OR REPLACE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION trame_audit_guard();
CREATE OR REPLACE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION trame_audit_guard();
)sql";
}

const std::vector<Migration>& serverMigrations()
{
    static const std::vector<Migration> all = {
        {7, "the server's first schema: what the file's versions 1 to 7 hold, in PostgreSQL",
         std::string(kServerV7) + serverAuditGuardsSql()},
        {8, "support periods from entry to exit, their pauses, the programmes and exit reasons",
         std::string(kServerV8) + periodProgrammesSql() + periodExitReasonsSql() + periodBackfillSql()},
        {9, "appointments: planned, then honoured, excused, missed or cancelled", serverAppointmentsSql()},
        {10, "the list sorted by status or by counsellor, names breaking ties, from indexes", listOrdersSql()},
    };
    return all;
}

} // namespace trame::storage
