#include "services/Maintenance.h"

#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/Database.h"

namespace trame::services {

Result<FileReport> checkFile(const std::string& path)
{
    storage::OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    return storage::inspect(**db);
}

Status backup(Workspace& workspace, const std::string& destination)
{
    return storage::backupTo(workspace.database(), destination);
}

} // namespace trame::services
