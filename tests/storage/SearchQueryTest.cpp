#include "storage/SearchQuery.h"

#include <catch2/catch.hpp>

using trame::storage::toFtsQuery;

TEST_CASE("Typed words become quoted prefix terms", "[search]")
{
    CHECK(toFtsQuery("dup") == "\"dup\"*");
    CHECK(toFtsQuery("  Hélène   Cis ") == "\"Hélène\"* \"Cis\"*");
    CHECK(toFtsQuery("d'immeuble") == "\"d\"* \"immeuble\"*");
}

TEST_CASE("FTS5 syntax typed by a user is neutralised", "[search]")
{
    CHECK(toFtsQuery("\"a\" OR b*") == "\"a\"* \"OR\"* \"b\"*");
    CHECK(toFtsQuery("NEAR(x y)") == "\"NEAR\"* \"x\"* \"y\"*");
    CHECK(toFtsQuery("names:x") == "\"names\"* \"x\"*");
    CHECK(toFtsQuery("  --  ").empty());
}
