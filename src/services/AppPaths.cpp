#include "services/AppPaths.h"

#include "storage/PrivateFiles.h"

#include <cstdlib>
#include <filesystem>

namespace trame::services {

std::string defaultDataFolder()
{
    namespace fs = std::filesystem;
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute())
        return (fs::path(xdg) / "Trame").string();
    const char* home = std::getenv("HOME");
    return (fs::path(home && *home ? home : ".") / ".local" / "share" / "Trame").string();
}

std::string defaultDatabasePath()
{
    return (std::filesystem::path(defaultDataFolder()) / "trame.sqlite").string();
}

Status makePrivateDataFolder(const std::string& folder)
{
    return storage::makePrivateFolder(folder);
}

} // namespace trame::services
