#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <unistd.h>

namespace {

std::string queryValue(const std::string& uri, const std::string& key)
{
    const auto at = uri.find(key + "=");
    if (at == std::string::npos)
        return {};
    const auto start = at + key.size() + 1;
    return uri.substr(start, uri.find('&', start) - start);
}

} // namespace

std::string testServerAdminUri()
{
    const char* uri = std::getenv("TRAME_TEST_SERVER");
    return uri ? uri : "";
}

bool testingOnServer()
{
    return !testServerAdminUri().empty();
}

std::string testServerUri(const std::string& name, const std::string& user, const std::string& password)
{
    const std::string admin = testServerAdminUri();
    std::string uri = "postgresql:///" + name + "?host=" + queryValue(admin, "host") +
                      "&port=" + queryValue(admin, "port") + "&user=" + user;
    if (!password.empty())
        uri += "&password=" + password;
    return uri;
}

void runAsTestServerAdmin(const std::string& name, const std::string& sql)
{
    auto admin = trame::storage::Database::open(testServerUri(name));
    REQUIRE(admin.ok());
    const auto ran = trame::storage::guarded([&]() -> trame::Status {
        (*admin)->exec(sql);
        return trame::Ok{};
    });
    if (!ran)
        FAIL("as the test server's superuser: " << ran.error().describe() << " in " << sql);
}

TestDatabase::TestDatabase(const TempDir& dir, const std::string& name)
{
    if (!testingOnServer()) {
        m_location = dir.file(name);
        return;
    }
    static std::atomic<int> counter{0};
    m_serverName = "trame_t" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    runAsTestServerAdmin("postgres", "CREATE DATABASE " + m_serverName);
    m_location = testServerUri(m_serverName);
}

TestDatabase::~TestDatabase()
{
    if (m_serverName.empty())
        return;
    if (auto admin = trame::storage::Database::open(testServerUri("postgres")))
        (void)trame::storage::guarded([&]() -> trame::Status {
            (*admin)->exec("DROP DATABASE IF EXISTS " + m_serverName + " WITH (FORCE)");
            return trame::Ok{};
        });
}
