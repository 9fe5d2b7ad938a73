#include "services/Backups.h"

#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <filesystem>

namespace trame::services {

namespace fs = std::filesystem;

namespace {

const char* const kKeptSetting = "backups_kept";
const std::string kPrefix = "trame-";
const std::string kSuffix = ".sqlite";

// "2026-11-29T03:15:00Z" <-> "trame-20261129T031500Z.sqlite": sortable, no colons.
std::string fileNameFor(const Timestamp& at)
{
    std::string compact;
    for (char c : at.toString())
        if (c != '-' && c != ':')
            compact += c;
    return kPrefix + compact + kSuffix;
}

std::optional<Timestamp> timestampOf(const std::string& name)
{
    if (name.size() != kPrefix.size() + 16 + kSuffix.size() || name.rfind(kPrefix, 0) != 0 ||
        name.substr(name.size() - kSuffix.size()) != kSuffix)
        return std::nullopt;
    const std::string c = name.substr(kPrefix.size(), 16); // 20261129T031500Z
    return Timestamp::parse(c.substr(0, 4) + "-" + c.substr(4, 2) + "-" + c.substr(6, 2) + "T" + c.substr(9, 2) + ":" +
                            c.substr(11, 2) + ":" + c.substr(13, 2) + "Z");
}

} // namespace

std::string backupFolderFor(const std::string& databasePath)
{
    const fs::path db(databasePath);
    return (db.has_parent_path() ? db.parent_path() / "backups" : fs::path("backups")).string();
}

Result<std::vector<BackupInfo>> listBackups(const std::string& databasePath)
{
    std::vector<BackupInfo> found;
    std::error_code ec;
    const fs::path folder(backupFolderFor(databasePath));
    if (!fs::is_directory(folder, ec))
        return found;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (const auto taken = timestampOf(it->path().filename().string()))
            found.push_back({it->path().string(), *taken, fs::file_size(it->path(), ec)});
    if (ec)
        return makeError(ErrorKind::Io, folder.string(), "cannot list the backups: " + ec.message());
    std::sort(found.begin(), found.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.takenAt > b.takenAt; });
    return found;
}

Result<int> backupsKept(Workspace& workspace)
{
    auto stored = storage::readSetting(workspace.database(), kKeptSetting);
    if (!stored)
        return stored.error();
    const int kept = *stored ? std::atoi((*stored)->c_str()) : backups::kDefaultKept;
    return kept >= 1 && kept <= backups::kMaxKept ? kept : backups::kDefaultKept;
}

Status setBackupsKept(Workspace& workspace, const Clock& clock, const Actor& admin, int kept)
{
    storage::Database& db = workspace.database();
    const Status allowed = authorize(db, clock, admin, Action::BackUp, Scope::Any).and_then([&](Ok) {
        return kept >= 1 && kept <= backups::kMaxKept
                   ? Status(Ok{})
                   : Status(makeError(ErrorKind::Invalid, "backups_kept",
                                      "Trame keeps 1 to " + std::to_string(backups::kMaxKept) + " automatic backups"));
    });
    return authorizedChange(db, clock, admin, allowed, [&]() -> Result<Audited<Ok>> {
        return storage::writeSetting(db, kKeptSetting, std::to_string(kept)).transform([&](Ok) {
            return Audited<Ok>{
                {}, {AuditAction::AccountChange, "setting", std::nullopt, "backups_kept=" + std::to_string(kept)}};
        });
    });
}

Status authorizeRestore(Workspace& workspace, const Clock& clock, const Actor& actor)
{
    return authorize(workspace.database(), clock, actor, Action::BackUp, Scope::Any, "file");
}

Result<std::optional<BackupInfo>> rotateBackups(Workspace& workspace, const Clock& clock, bool always)
{
    if (workspace.database().isServer())
        return std::optional<BackupInfo>(); // a server is backed up by PostgreSQL (docs/reliability.md)
    auto existing = listBackups(workspace.path());
    if (!existing)
        return existing.error();
    const Timestamp now = clock.instant();
    const Timestamp dayAgo = now - std::chrono::hours(24);
    std::optional<BackupInfo> taken;
    if (always || existing->empty() || existing->front().takenAt <= dayAgo) {
        std::error_code ec;
        const fs::path folder(backupFolderFor(workspace.path()));
        if (Status made = storage::makePrivateFolder(folder.string()); !made)
            return made.error();
        const std::string path = (folder / fileNameFor(now)).string();
        if (!fs::exists(path, ec)) { // one per second at most
            if (Status copied = storage::backupTo(workspace.database(), path); !copied)
                return copied.error();
            storage::Database& db = workspace.database();
            if (Status logged = storage::inTransaction(db,
                                                       [&] {
                                                           return recordEvent(db, clock, std::nullopt,
                                                                              {AuditAction::Backup, "file",
                                                                               std::nullopt, "automatic"});
                                                       });
                !logged)
                return logged.error();
            taken = BackupInfo{path, now, fs::file_size(path, ec)};
            existing->insert(existing->begin(), *taken);
        }
    }
    auto kept = backupsKept(workspace);
    if (!kept)
        return kept.error();
    for (std::size_t i = static_cast<std::size_t>(*kept); i < existing->size(); ++i) {
        std::error_code ec;
        fs::remove((*existing)[i].path, ec);
    }
    return taken;
}

Result<std::string> restoreBackup(const std::string& databasePath, const std::string& backupPath, const Clock& clock)
{
    auto report = checkFile(backupPath);
    if (!report)
        return report.error();
    if (!report->healthy())
        return makeError(ErrorKind::Corrupt, backupPath, "this backup is damaged (" + report->integrity + ")");
    std::error_code ec;
    const std::string stamp = fileNameFor(clock.instant()).substr(kPrefix.size(), 16);
    const std::string aside = databasePath + ".before-restore-" + stamp;
    const std::string partial = databasePath + ".restoring";
    fs::copy_file(backupPath, partial, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return makeError(ErrorKind::Io, databasePath, "cannot copy the backup: " + ec.message());
    if (fs::exists(databasePath, ec)) {
        fs::rename(databasePath, aside, ec);
        if (ec) {
            fs::remove(partial, ec);
            return makeError(ErrorKind::Io, databasePath, "cannot move the current file aside: " + ec.message());
        }
        for (const char* extra : {"-wal", "-shm"})
            if (fs::exists(databasePath + extra, ec))
                fs::rename(databasePath + extra, aside + extra, ec);
    }
    fs::rename(partial, databasePath, ec);
    if (ec)
        return makeError(ErrorKind::Io, databasePath, "cannot put the backup in place: " + ec.message());
    return aside;
}

} // namespace trame::services
