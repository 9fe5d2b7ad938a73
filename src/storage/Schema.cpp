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

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, "beneficiaries, case files in the guide's frame, interviews, reference content", kV1},
        {2, "accent-insensitive full-text search of beneficiaries", kV2},
    };
    return all;
}

} // namespace trame::storage
