#include "services/Maintenance.h"

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

} // namespace trame::services
