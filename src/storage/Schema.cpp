// Trame's schema history. Never edit a released migration: add a new one at the end.
#include "storage/Migrator.h"

namespace trame::storage {

namespace {

// 1: the guide's frame for beneficiaries, and the reference content seeded from the guide.
const char* const kV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE beneficiaries (
    id                  INTEGER PRIMARY KEY,
    civility            TEXT NOT NULL,
    first_name          TEXT NOT NULL,
    last_name           TEXT NOT NULL,
    birth_date          TEXT,
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    qualifications      TEXT NOT NULL DEFAULT '',
    experience          TEXT NOT NULL DEFAULT '',
    languages           TEXT NOT NULL DEFAULT '[]',
    resources           TEXT NOT NULL DEFAULT '[]',
    consent_date        TEXT,
    consent_basis       TEXT NOT NULL DEFAULT '',
    consent_information TEXT NOT NULL DEFAULT '',
    counsellor          TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX beneficiaries_by_name ON beneficiaries(last_name, first_name);
CREATE INDEX beneficiaries_by_counsellor ON beneficiaries(counsellor);

CREATE TABLE case_files (
    beneficiary_id    INTEGER PRIMARY KEY REFERENCES beneficiaries(id) ON DELETE CASCADE,
    problem_statement TEXT NOT NULL DEFAULT '',
    situation         TEXT NOT NULL DEFAULT '',
    admin_advice      TEXT NOT NULL DEFAULT '[]',
    rhythm            TEXT,
    review_state      TEXT NOT NULL DEFAULT 'draft',
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE obstacles (
    id             INTEGER PRIMARY KEY,
    beneficiary_id INTEGER NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    category       TEXT NOT NULL,
    description    TEXT NOT NULL,
    status         TEXT NOT NULL,
    identified_on  TEXT,
    lifted_on      TEXT
) STRICT;
CREATE INDEX obstacles_by_case ON obstacles(beneficiary_id, position);
CREATE INDEX obstacles_by_category ON obstacles(category, beneficiary_id);

CREATE TABLE posture_items (
    beneficiary_id INTEGER NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    technique      TEXT NOT NULL,
    label          TEXT NOT NULL,
    guidance       TEXT NOT NULL,
    example_phrase TEXT NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
) STRICT;

CREATE TABLE tool_uses (
    beneficiary_id INTEGER NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    tool           TEXT NOT NULL,
    label          TEXT NOT NULL,
    details        TEXT NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
) STRICT;

CREATE TABLE referrals (
    beneficiary_id INTEGER NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    partner        TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    status         TEXT NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
) STRICT;

CREATE TABLE plan_steps (
    id             INTEGER PRIMARY KEY,
    beneficiary_id INTEGER NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    title          TEXT NOT NULL,
    details        TEXT NOT NULL,
    due_date       TEXT,
    status         TEXT NOT NULL,
    partner        TEXT NOT NULL,
    obstacle_id    INTEGER REFERENCES obstacles(id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX plan_steps_by_case ON plan_steps(beneficiary_id, position);
CREATE INDEX plan_steps_by_due_date ON plan_steps(due_date) WHERE due_date IS NOT NULL;

CREATE TABLE indicators (
    beneficiary_id INTEGER NOT NULL REFERENCES case_files(beneficiary_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL,
    target         TEXT NOT NULL,
    evaluation     TEXT NOT NULL,
    evaluated_on   TEXT,
    evidence       TEXT NOT NULL,
    PRIMARY KEY (beneficiary_id, position)
) STRICT;

CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    beneficiary_id   INTEGER NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    held_on          TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    self_assessment  TEXT NOT NULL,
    next_appointment TEXT,
    version          INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX interviews_by_beneficiary ON interviews(beneficiary_id, held_on);

CREATE TABLE interview_entries (
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    item_key     TEXT NOT NULL,
    status       TEXT NOT NULL,
    note         TEXT NOT NULL,
    PRIMARY KEY (interview_id, item_key)
) STRICT;

CREATE TABLE reference_cases (
    number       INTEGER PRIMARY KEY,
    seed_version INTEGER NOT NULL,
    document     TEXT NOT NULL CHECK (json_valid(document))
) STRICT;

CREATE TABLE catalogue_entries (
    kind     TEXT NOT NULL,
    key      TEXT NOT NULL,
    position INTEGER NOT NULL,
    document TEXT NOT NULL CHECK (json_valid(document)),
    PRIMARY KEY (kind, key)
) STRICT;

CREATE TABLE templates (
    version  INTEGER PRIMARY KEY,
    document TEXT NOT NULL CHECK (json_valid(document))
) STRICT;
)sql";

// 2: accent-insensitive full-text search over names, situation and obstacles, kept by triggers.
const char* const kV2 = R"sql(
CREATE VIRTUAL TABLE beneficiary_search USING fts5(
    names, situation, obstacles,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO beneficiary_search (rowid, names, situation, obstacles)
SELECT b.id,
       b.first_name || ' ' || b.last_name,
       coalesce(c.problem_statement || ' ' || c.situation, ''),
       coalesce((SELECT group_concat(o.description, ' ') FROM obstacles o
                 WHERE o.beneficiary_id = b.id), '')
FROM beneficiaries b LEFT JOIN case_files c ON c.beneficiary_id = b.id;

CREATE TRIGGER beneficiary_search_insert AFTER INSERT ON beneficiaries BEGIN
    INSERT INTO beneficiary_search (rowid, names, situation, obstacles)
    VALUES (new.id, new.first_name || ' ' || new.last_name, '', '');
END;
CREATE TRIGGER beneficiary_search_rename AFTER UPDATE OF first_name, last_name ON beneficiaries BEGIN
    UPDATE beneficiary_search SET names = new.first_name || ' ' || new.last_name
    WHERE rowid = new.id;
END;
CREATE TRIGGER beneficiary_search_delete AFTER DELETE ON beneficiaries BEGIN
    DELETE FROM beneficiary_search WHERE rowid = old.id;
END;
CREATE TRIGGER beneficiary_search_case_insert AFTER INSERT ON case_files BEGIN
    UPDATE beneficiary_search SET situation = new.problem_statement || ' ' || new.situation
    WHERE rowid = new.beneficiary_id;
END;
CREATE TRIGGER beneficiary_search_case_update
AFTER UPDATE OF problem_statement, situation ON case_files BEGIN
    UPDATE beneficiary_search SET situation = new.problem_statement || ' ' || new.situation
    WHERE rowid = new.beneficiary_id;
END;
CREATE TRIGGER beneficiary_search_obstacle_insert AFTER INSERT ON obstacles BEGIN
    UPDATE beneficiary_search SET obstacles = coalesce(
        (SELECT group_concat(description, ' ') FROM obstacles WHERE beneficiary_id = new.beneficiary_id), '')
    WHERE rowid = new.beneficiary_id;
END;
CREATE TRIGGER beneficiary_search_obstacle_update AFTER UPDATE OF description ON obstacles BEGIN
    UPDATE beneficiary_search SET obstacles = coalesce(
        (SELECT group_concat(description, ' ') FROM obstacles WHERE beneficiary_id = new.beneficiary_id), '')
    WHERE rowid = new.beneficiary_id;
END;
CREATE TRIGGER beneficiary_search_obstacle_delete AFTER DELETE ON obstacles BEGIN
    UPDATE beneficiary_search SET obstacles = coalesce(
        (SELECT group_concat(description, ' ') FROM obstacles WHERE beneficiary_id = old.beneficiary_id), '')
    WHERE rowid = old.beneficiary_id;
END;
)sql";

// 3: what the beneficiary list shows and filters on, kept up to date by triggers so that a page
// of the list reads one table: the next appointment (from the latest interview) and the earliest
// due date of an open plan step. Plus the index that deleting an obstacle needs to check the plan
// steps pointing to it without scanning them all.
const char* const kV3 = R"sql(
ALTER TABLE beneficiaries ADD COLUMN next_appointment TEXT;
ALTER TABLE beneficiaries ADD COLUMN open_due TEXT;

CREATE INDEX plan_steps_by_obstacle ON plan_steps(obstacle_id) WHERE obstacle_id IS NOT NULL;
CREATE INDEX beneficiaries_by_next_appointment ON beneficiaries(next_appointment) WHERE next_appointment IS NOT NULL;
CREATE INDEX beneficiaries_by_open_due ON beneficiaries(open_due) WHERE open_due IS NOT NULL;

UPDATE beneficiaries SET
    next_appointment = (SELECT i.next_appointment FROM interviews i WHERE i.beneficiary_id = beneficiaries.id
                        ORDER BY i.held_on DESC, i.id DESC LIMIT 1),
    open_due = (SELECT min(s.due_date) FROM plan_steps s WHERE s.beneficiary_id = beneficiaries.id
                AND s.status IN ('planned', 'in_progress', 'standby'));

CREATE TRIGGER next_appointment_insert AFTER INSERT ON interviews BEGIN
    UPDATE beneficiaries SET next_appointment = (SELECT i.next_appointment FROM interviews i
        WHERE i.beneficiary_id = new.beneficiary_id ORDER BY i.held_on DESC, i.id DESC LIMIT 1)
    WHERE id = new.beneficiary_id;
END;
CREATE TRIGGER next_appointment_update AFTER UPDATE OF held_on, next_appointment ON interviews BEGIN
    UPDATE beneficiaries SET next_appointment = (SELECT i.next_appointment FROM interviews i
        WHERE i.beneficiary_id = new.beneficiary_id ORDER BY i.held_on DESC, i.id DESC LIMIT 1)
    WHERE id = new.beneficiary_id;
END;
CREATE TRIGGER next_appointment_delete AFTER DELETE ON interviews BEGIN
    UPDATE beneficiaries SET next_appointment = (SELECT i.next_appointment FROM interviews i
        WHERE i.beneficiary_id = old.beneficiary_id ORDER BY i.held_on DESC, i.id DESC LIMIT 1)
    WHERE id = old.beneficiary_id;
END;
CREATE TRIGGER open_due_insert AFTER INSERT ON plan_steps BEGIN
    UPDATE beneficiaries SET open_due = (SELECT min(s.due_date) FROM plan_steps s
        WHERE s.beneficiary_id = new.beneficiary_id AND s.status IN ('planned', 'in_progress', 'standby'))
    WHERE id = new.beneficiary_id;
END;
CREATE TRIGGER open_due_update AFTER UPDATE OF due_date, status ON plan_steps BEGIN
    UPDATE beneficiaries SET open_due = (SELECT min(s.due_date) FROM plan_steps s
        WHERE s.beneficiary_id = new.beneficiary_id AND s.status IN ('planned', 'in_progress', 'standby'))
    WHERE id = new.beneficiary_id;
END;
CREATE TRIGGER open_due_delete AFTER DELETE ON plan_steps BEGIN
    UPDATE beneficiaries SET open_due = (SELECT min(s.due_date) FROM plan_steps s
        WHERE s.beneficiary_id = old.beneficiary_id AND s.status IN ('planned', 'in_progress', 'standby'))
    WHERE id = old.beneficiary_id;
END;
)sql";

// 4: the shared workstation. Accounts; an append-only audit trail (triggers refuse changes, and
// deletions except the purge of entries over 12 months old, which the purge opens by setting
// meta.audit_purge_before in its own transaction); supervisor reviews with comments per section;
// the anonymous tallies left when a person is erased or anonymised. The trail has one index, by
// record ("who opened this person's file?"): each index is one more page written at every commit
// of an autosave, and the rowid already follows time.
const char* const kV4 = R"sql(
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('administrateur', 'superviseur', 'conseiller', 'stagiaire')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    action      TEXT NOT NULL,
    record_kind TEXT NOT NULL DEFAULT '',
    record_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_by_record ON audit_log(record_kind, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN old.at >= coalesce((SELECT value FROM meta WHERE key = 'audit_purge_before'), '')
  OR old.at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-12 months')
BEGIN
    SELECT RAISE(ABORT, 'audit entries younger than 12 months cannot be deleted');
END;

CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    submitted_by   INTEGER NOT NULL REFERENCES accounts(id),
    submitted_at   TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    outcome        TEXT CHECK (outcome IN ('changes_requested', 'validated')),
    decided_by     INTEGER REFERENCES accounts(id),
    decided_at     TEXT,
    decision_note  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX reviews_by_beneficiary ON reviews(beneficiary_id, id);
CREATE INDEX reviews_pending ON reviews(submitted_at) WHERE outcome IS NULL;

CREATE TABLE review_comments (
    id         INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    section    TEXT NOT NULL,
    author_id  INTEGER NOT NULL REFERENCES accounts(id),
    written_at TEXT NOT NULL,
    text       TEXT NOT NULL
) STRICT;
CREATE INDEX review_comments_by_review ON review_comments(review_id, id);

CREATE TABLE anonymous_records (
    id                  INTEGER PRIMARY KEY,
    removed_on          TEXT NOT NULL,
    reason              TEXT NOT NULL CHECK (reason IN ('erasure', 'retention')),
    status              TEXT NOT NULL,
    opened_year         INTEGER NOT NULL,
    obstacle_categories TEXT NOT NULL DEFAULT '[]',
    interviews          INTEGER NOT NULL,
    plan_steps          INTEGER NOT NULL,
    plan_steps_done     INTEGER NOT NULL
) STRICT;
)sql";

// 5: the audit trail's index by record goes. The Journal's query cannot use it (its filters are
// optional parameters, so SQLite reads the trail newest first: ~100 ms for a record among a
// million entries, index or not), while every audited write paid one more page for it: an
// autosave with its entry now commits 7 pages instead of 8 (docs/benchmarks.md).
const char* const kV5 = R"sql(
DROP INDEX audit_by_record;
)sql";

// 6: a partner out of the catalogue is kept by name, on a referral and on a plan step; and a
// beneficiary's number is never given again after an erasure (older audit lines name it). The
// highest number ever given is kept in meta, starting from the highest the file or its audit trail
// knows; the repository numbers new people from it.
const char* const kV6 = R"sql(
ALTER TABLE referrals ADD COLUMN partner_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_steps ADD COLUMN partner_name TEXT NOT NULL DEFAULT '';
INSERT INTO meta (key, value)
SELECT 'last_beneficiary_id', CAST(max(
    coalesce((SELECT max(id) FROM beneficiaries), 0),
    coalesce((SELECT max(record_id) FROM audit_log WHERE record_kind IN ('beneficiary', 'case_file')), 0),
    coalesce((SELECT max(beneficiary_id) FROM interviews), 0)) AS TEXT);
CREATE TRIGGER beneficiaries_last_id AFTER INSERT ON beneficiaries BEGIN
    UPDATE meta SET value = CAST(max(CAST(value AS INTEGER), new.id) AS TEXT) WHERE key = 'last_beneficiary_id';
END;
)sql";

// 7: the audit trail is chained: each new entry holds a hash of the previous entry's chain and its
// own content (computed by the services), so that an entry removed, changed or slipped in shows.
// Entries written before this version are not chained; the chain starts after them.
const char* const kV7 = R"sql(
ALTER TABLE audit_log ADD COLUMN chain TEXT;
INSERT INTO meta (key, value)
SELECT 'audit_chain_from', CAST(coalesce(max(id), 0) + 1 AS TEXT) FROM audit_log;
)sql";

// 8: the support period from entry to exit, its pauses, and the two lists the administrator
// keeps (programmes, exit reasons with their funder categories); at most one open period each.
const char* const kV8 = R"sql(
CREATE TABLE programmes (
    code       TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    max_months INTEGER,
    source     TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    position   INTEGER NOT NULL
) STRICT;
CREATE TABLE exit_reasons (
    code          TEXT PRIMARY KEY,
    label         TEXT NOT NULL,
    iae_category  TEXT NOT NULL,
    plie_positive INTEGER NOT NULL,
    fse_situation TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    position      INTEGER NOT NULL
) STRICT;
CREATE TABLE support_periods (
    id                      INTEGER PRIMARY KEY,
    beneficiary_id          INTEGER NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    entry_date              TEXT NOT NULL,
    programme               TEXT NOT NULL,
    prescriber_organisation TEXT NOT NULL DEFAULT '',
    prescriber_name         TEXT NOT NULL DEFAULT '',
    referent                TEXT NOT NULL DEFAULT '',
    employment              TEXT NOT NULL DEFAULT '',
    time_without_work       TEXT NOT NULL DEFAULT '',
    education_level         TEXT NOT NULL DEFAULT '',
    entry_resources         TEXT NOT NULL DEFAULT '[]',
    participant_flags       TEXT NOT NULL DEFAULT '[]',
    exit_date               TEXT,
    exit_reason             TEXT,
    exit_situation          TEXT,
    bilan                   TEXT,
    version                 INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX support_periods_by_beneficiary ON support_periods(beneficiary_id, entry_date);
CREATE UNIQUE INDEX support_periods_one_open ON support_periods(beneficiary_id) WHERE exit_date IS NULL;
CREATE TABLE period_pauses (
    period_id    INTEGER NOT NULL REFERENCES support_periods(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    from_date    TEXT NOT NULL,
    expected_end TEXT,
    until_date   TEXT,
    reason       TEXT NOT NULL,
    PRIMARY KEY (period_id, position)
) STRICT;
)sql";

} // namespace

const char* auditGuardsSql()
{
    // The triggers of version 4, as they must stand; reinstalled at opening when missing.
    return R"sql(
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
WHEN old.at >= coalesce((SELECT value FROM meta WHERE key = 'audit_purge_before'), '')
  OR old.at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-12 months')
BEGIN
    SELECT RAISE(ABORT, 'audit entries younger than 12 months cannot be deleted');
END;
)sql";
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, "beneficiaries, case files in the guide's frame, interviews, reference content", kV1},
        {2, "accent-insensitive full-text search of beneficiaries", kV2},
        {3, "follow-up dates kept on each beneficiary for the list; index for obstacle deletions", kV3},
        {4, "accounts, audit trail, supervisor reviews, anonymous tallies of erased people", kV4},
        {5, "no index on the audit trail: no query used it, and each audited write paid a page", kV5},
        {6, "partners out of the catalogue by name; beneficiary numbers never reused", kV6},
        {7, "the audit trail chained, each entry holding a hash of the previous one and its own", kV7},
        {8, "support periods from entry to exit, their pauses, the programmes and exit reasons",
         std::string(kV8) + periodProgrammesSql() + periodExitReasonsSql() + periodBackfillSql()},
        {9, "appointments: planned, then honoured, excused, missed or cancelled", appointmentsSql()},
        {10, "the list sorted by status or by counsellor, names breaking ties, from indexes", listOrdersSql()},
    };
    return all;
}

} // namespace trame::storage
