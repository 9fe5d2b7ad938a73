#pragma once

#include "support/TempDir.h"

#include <string>

// Where a test's Trame database lives. On the embedded back end, a file in the test's temporary
// folder. When the suite runs on the server back end (CTest sets TRAME_TEST_SERVER to the test
// cluster's superuser URI, tests/server/test-server.sh), a new empty database of that cluster,
// dropped with everything in it when the test ends.
class TestDatabase {
public:
    TestDatabase(const TempDir& dir, const std::string& name);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What --db and Database::open take: the file's path or the database's postgresql:// URI.
    const std::string& location() const { return m_location; }
    // The name of the server database, "" for a file.
    const std::string& serverName() const { return m_serverName; }

private:
    std::string m_location;
    std::string m_serverName;
};

// The test cluster's superuser URI, or "" when the suite runs on files.
std::string testServerAdminUri();
bool testingOnServer();
// A URI for database `name` of the test cluster, as `user` (with `password` when given).
std::string testServerUri(const std::string& name, const std::string& user = "trame_test",
                          const std::string& password = "");
// Runs SQL as the test cluster's superuser, on database `name`; fails the test when it fails.
void runAsTestServerAdmin(const std::string& name, const std::string& sql);
