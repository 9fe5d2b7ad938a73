#include "services/AppPaths.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

using namespace trame::services;

namespace {
// Sets an environment variable for the scope of one test.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old, m_had = true;
        value ? setenv(name, value, 1) : unsetenv(name);
    }
    ~ScopedEnv() { m_had ? setenv(m_name, m_old.c_str(), 1) : unsetenv(m_name); }

private:
    const char* m_name;
    std::string m_old;
    bool m_had = false;
};
} // namespace

TEST_CASE("The default database follows XDG_DATA_HOME like Qt's AppDataLocation", "[paths]")
{
    ScopedEnv xdg("XDG_DATA_HOME", "/srv/data");
    CHECK(defaultDataFolder() == "/srv/data/Trame");
    CHECK(defaultDatabasePath() == "/srv/data/Trame/trame.sqlite");
}

TEST_CASE("Without XDG_DATA_HOME the default is under ~/.local/share", "[paths]")
{
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    ScopedEnv home("HOME", "/home/someone");
    CHECK(defaultDatabasePath() == "/home/someone/.local/share/Trame/trame.sqlite");
}

TEST_CASE("A relative XDG_DATA_HOME is ignored, as the XDG specification says", "[paths]")
{
    ScopedEnv xdg("XDG_DATA_HOME", "relative/path");
    ScopedEnv home("HOME", "/home/someone");
    CHECK(defaultDataFolder() == "/home/someone/.local/share/Trame");
}
