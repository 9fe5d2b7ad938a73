#include "services/Maintenance.h"

#include "services/Actor.h"
#include "services/AuditChain.h"
#include "services/AuditTrail.h"
#include "services/Letterheads.h"
#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/FileInspector.h"
#include "storage/Migrator.h"
#include "storage/ReferenceRepository.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

namespace trame::services {

Result<FileReport> checkFile(const std::string& path)
{
    storage::OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    auto report = storage::inspect(**db);
    if (!report || report->integrity != "ok" || report->schemaVersion < 7)
        return report; // a damaged file's trail is not read; an older one has no chain
    auto chain = verifyAuditChain(**db);
    if (!chain)
        return chain.error();
    report->auditChain = chain->intact ? "ok" : chain->problem;
    report->chainedEntries = chain->chained;
    report->unchainedEntries = chain->unchained;
    report->chainHead = chain->head;
    return report;
}

namespace {

// The file at `path` opened for reading only, at the current schema.
Result<std::unique_ptr<storage::Database>> openCurrentForReading(const std::string& path)
{
    storage::OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.maxSchemaVersion = storage::latestSchemaVersion();
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    if ((*db)->userVersion() < storage::latestSchemaVersion())
        return makeError(
            ErrorKind::Invalid, path,
            "was written by an older Trame: run 'trame-cli init' on it first (this reads it without writing)");
    return db;
}

} // namespace

Result<ReferenceContent> readGuideContent(const std::string& path)
{
    return openCurrentForReading(path).and_then(
        [](const std::unique_ptr<storage::Database>& db) { return storage::ReferenceRepository(*db).load(); });
}

Result<Letterhead> readLetterhead(const std::string& path)
{
    return openCurrentForReading(path).and_then([](const std::unique_ptr<storage::Database>& db) {
        return storage::readSetting(*db, detail::kLetterheadSetting)
            .transform([](const std::optional<std::string>& stored) {
                return stored ? detail::parseLetterheadSetting(*stored) : Letterhead{};
            });
    });
}

Status backup(Workspace& workspace, const Clock& clock, const Actor& actor, const std::string& destination)
{
    storage::Database& db = workspace.database();
    if (Status allowed = authorize(db, clock, actor, Action::BackUp, Scope::Any); !allowed)
        return allowed;
    if (Status copied = storage::backupTo(db, destination); !copied)
        return copied;
    // Logged once the copy exists; the copy itself ends before this entry.
    return storage::inTransaction(db, [&] {
        return recordEvent(db, clock, actor.accountId(), {AuditAction::Backup, "file", std::nullopt, {}});
    });
}

} // namespace trame::services
