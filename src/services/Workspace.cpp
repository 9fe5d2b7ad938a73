#include "services/Workspace.h"

#include "services/Seed.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqliteError.h"

namespace trame::services {

Workspace::Workspace(std::unique_ptr<storage::Database> db) : m_db(std::move(db)) {}
Workspace::~Workspace() = default;

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
