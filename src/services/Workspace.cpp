#include "services/Workspace.h"

#include "services/AuditTrail.h"
#include "services/Clock.h"
#include "services/Seed.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Server.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace trame::services {

Workspace::Workspace(std::unique_ptr<storage::Database> db) : m_db(std::move(db)) {}
Workspace::~Workspace() = default;

namespace {

// Someone with the file dropped the triggers that keep the trail append-only (only a tool other
// than Trame can): they are put back, and the trail says so.
Status reinstallAuditGuards(storage::Database& db)
{
    const storage::AuditRepository trail(db);
    const auto missing = trail.missingGuards(); // read only: a sound file writes nothing here
    if (!missing || *missing == 0)
        return missing ? Status(Ok{}) : Status(missing.error());
    const SystemClock clock;
    return storage::inTransaction(db, [&]() -> Status {
        if (Status put = trail.reinstallGuards(); !put)
            return put;
        return recordEvent(
            db, clock, std::nullopt,
            {AuditAction::Change, "audit", std::nullopt, "guards_reinstalled=" + std::to_string(*missing)});
    });
}

} // namespace

bool isServerLocation(std::string_view location)
{
    return storage::isServerLocation(location);
}

std::string shownLocation(const std::string& location)
{
    return isServerLocation(location) ? storage::redactedLocation(location) : location;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path)
{
    storage::OpenOptions options;
    options.maxSchemaVersion = storage::latestSchemaVersion();
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    if (Status migrated = storage::migrate(**db); !migrated)
        return migrated.error();
    if (auto seeded = seedReferences(**db); !seeded)
        return seeded.error();
    if (Status guarded = reinstallAuditGuards(**db); !guarded)
        return guarded.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value()));
}

const std::string& Workspace::path() const
{
    return m_db->path();
}

int Workspace::schemaVersion() const
{
    return storage::guarded([&]() -> Result<int> { return m_db->userVersion(); }).value();
}

} // namespace trame::services
