#pragma once

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

// A fresh, migrated database in a temporary folder.
struct RepositoryFixture {
    TempDir dir;
    std::string path = dir.file("repo.sqlite");
    std::unique_ptr<trame::storage::Database> db = open(path);

    static std::unique_ptr<trame::storage::Database> open(const std::string& file)
    {
        auto opened = trame::storage::Database::open(file);
        REQUIRE(opened.ok());
        REQUIRE(trame::storage::migrate(**opened).ok());
        return std::move(opened).value();
    }
};
