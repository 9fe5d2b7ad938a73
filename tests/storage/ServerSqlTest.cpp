#include "storage/PgConnection.h"

#include <catch2/catch.hpp>

using trame::storage::detail::toServerSql;

TEST_CASE("SQLite's parameters become the server's, quoted text and casts left alone", "[server-sql]")
{
    const auto numbered = toServerSql("SELECT ?2, '?1 :x', \"a?1\" FROM t WHERE a = ?1 AND b::text = ?2");
    CHECK(numbered.text == "SELECT $2, '?1 :x', \"a?1\" FROM t WHERE a = $1 AND b::text = $2");
    CHECK(numbered.parameters == 2);
    CHECK(numbered.names.empty());

    const auto named = toServerSql("SELECT * FROM t WHERE (:a IS NULL OR x = :a) AND y < :b LIMIT ?1");
    CHECK(named.text == "SELECT * FROM t WHERE ($2 IS NULL OR x = $2) AND y < $3 LIMIT $1");
    CHECK(named.parameters == 3);
    CHECK(named.names.at(":a") == 2);
    CHECK(named.names.at(":b") == 3);
}
