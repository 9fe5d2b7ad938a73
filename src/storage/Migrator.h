#pragma once

#include "domain/Result.h"

#include <string>
#include <vector>

namespace trame::storage {

class Database;

struct Migration {
    int version;         // the user_version the file has once this migration ran
    std::string summary; // one line, for `trame-cli check` and the docs
    std::string sql;
};

// Trame's schema history, oldest first; a new schema is a new entry, never an edit of an old one.
const std::vector<Migration>& migrations();
int latestSchemaVersion();
// The same history on a PostgreSQL server (storage/ServerSchema.cpp): it starts at version 7, and
// from there each version is written in both dialects.
const std::vector<Migration>& serverMigrations();
// The triggers that keep the audit trail append-only, as statements that put back only what is
// missing: for a file, and for a server.
const char* auditGuardsSql();
// Version 8's seeded programmes and exit reasons, and the period every person already had: the
// same SQL in both dialects (storage/PeriodSchema.cpp).
const char* periodProgrammesSql();
const char* periodExitReasonsSql();
const char* periodBackfillSql();
const char* serverAuditGuardsSql();
// Version 9's appointments table, in each dialect (storage/AppointmentSchema.cpp).
const char* appointmentsSql();
const char* serverAppointmentsSql();
// Version 10's indexes for the list's orders, the same in both dialects (storage/ListSchema.cpp).
const char* listOrdersSql();

// Brings `db` forward to `target` (default: the latest), one transaction per migration.
// A file from a newer schema is refused and left untouched.
Status migrate(Database& db, int target = -1);

} // namespace trame::storage
