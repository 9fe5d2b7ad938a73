#include "storage/Settings.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace trame::storage {

Result<std::optional<std::string>> readSetting(const Database& db, const std::string& key)
{
    return guarded([&]() -> Result<std::optional<std::string>> {
        Statement s = db.prepare("SELECT value FROM meta WHERE key = ?1");
        if (!s.bind(1, key).step())
            return std::optional<std::string>();
        return std::optional<std::string>(s.text(0));
    });
}

Status writeSetting(const Database& db, const std::string& key, const std::string& value)
{
    return guarded([&]() -> Status {
        db.prepare(
              "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bindAll(key, value)
            .run();
        return Ok{};
    });
}

} // namespace trame::storage
