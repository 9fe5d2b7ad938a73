#pragma once

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

// A fresh, migrated database: a file in a temporary folder, or a new database on the test server.
struct RepositoryFixture {
    TempDir dir;
    TestDatabase database{dir, "repo.sqlite"};
    std::string path = database.location();
    std::unique_ptr<trame::storage::Database> db = open(path);

    static std::unique_ptr<trame::storage::Database> open(const std::string& file)
    {
        auto opened = trame::storage::Database::open(file);
        REQUIRE(opened.ok());
        REQUIRE(trame::storage::migrate(**opened).ok());
        return std::move(opened).value();
    }
};
