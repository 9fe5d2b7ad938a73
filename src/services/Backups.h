#pragma once

#include "domain/Result.h"
#include "domain/Timestamp.h"
#include "services/Actor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame::services {

class Clock;
class Actor;
class Workspace;

namespace backups {
constexpr int kDefaultKept = 7;
constexpr int kMaxKept = 60;
} // namespace backups

struct BackupInfo {
    std::string path;
    Timestamp takenAt; // from the file's name
    std::uintmax_t bytes = 0;
};

// Trame's automatic backups of `databasePath`: the folder "backups" beside the file, one
// consistent copy per file, named by the time it was taken.
std::string backupFolderFor(const std::string& databasePath);
// Newest first; an empty list when there is no folder yet.
Result<std::vector<BackupInfo>> listBackups(const std::string& databasePath);

// Takes a backup when `always` (on closing) or when the newest is a day old or more (on
// starting), then deletes the oldest beyond the number to keep (meta.backups_kept, 7 by
// default). Returns the backup taken, if any. Logged in the audit trail with no user: it is
// Trame's own work, into Trame's own folder.
Result<std::optional<BackupInfo>> rotateBackups(Workspace& workspace, const Clock& clock, bool always);
Result<int> backupsKept(Workspace& workspace);
Status setBackupsKept(Workspace& workspace, const Clock& clock, const Actor& admin, int kept);

// Replaces the file at `databasePath`, which must not be open, by the backup at `backupPath`:
// the backup is checked first; the file it replaces (and its WAL) is kept beside it as
// "<name>.before-restore-<time>", never deleted. A damaged backup is refused and nothing changes.
// Replacing a healthy file is an administrator's decision: refused for anyone else, and the
// refusal is a `denied` entry in the file's trail.
Status authorizeRestore(Workspace& workspace, const Clock& clock, const Actor& actor);

Result<std::string> restoreBackup(const std::string& databasePath, const std::string& backupPath, const Clock& clock);

} // namespace trame::services
