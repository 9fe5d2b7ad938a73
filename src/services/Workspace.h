#pragma once

#include "domain/Result.h"

#include <memory>
#include <string>
#include <string_view>

namespace trame::storage {
class Database;
}

namespace trame::services {

// Whether --db names a PostgreSQL server (postgresql://…) rather than a file.
bool isServerLocation(std::string_view location);
// What to show of a location: a server's URI without its password.
std::string shownLocation(const std::string& location);

// An open Trame file, migrated to the current schema: what every service works on.
class Workspace {
public:
    // Opens (creating when missing) the file at `path`, migrates it to the current schema and
    // seeds the guide's reference content when it is missing or older than this Trame's.
    static Result<std::unique_ptr<Workspace>> open(const std::string& path);
    ~Workspace();

    const std::string& path() const;
    int schemaVersion() const;
    storage::Database& database() { return *m_db; }

private:
    explicit Workspace(std::unique_ptr<storage::Database> db);
    std::unique_ptr<storage::Database> m_db;
};

} // namespace trame::services
