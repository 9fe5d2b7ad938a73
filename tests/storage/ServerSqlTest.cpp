#include "storage/PgConnection.h"
#include "storage/Server.h"

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

TEST_CASE("A workstation reaches a server on another machine with verify-full unless told otherwise",
          "[server-sql][tls]")
{
    using trame::storage::workstationLocation;
    CHECK(workstationLocation("postgresql://owner:secret@db.example.org/trame", "trame_app", "pw").value() ==
          "postgresql://trame_app:pw@db.example.org/trame?sslmode=verify-full");
    CHECK(workstationLocation("postgresql://owner@db.example.org:5433/trame?sslmode=require", "trame_app", "pw")
              .value() == "postgresql://trame_app:pw@db.example.org:5433/trame?sslmode=require");
    CHECK(workstationLocation("postgresql://localhost/trame", "trame_app", "pw").value() ==
          "postgresql://trame_app:pw@localhost/trame");
    CHECK(workstationLocation("postgresql:///trame?host=/run/postgresql&port=5432", "trame_app", "pw").value() ==
          "postgresql://trame_app:pw@/trame?host=/run/postgresql&port=5432");
    CHECK(workstationLocation("postgresql://db/trame?nonsense=1", "a", "b").error().kind == trame::ErrorKind::Invalid);
}

TEST_CASE("A server's password never shows in what Trame says of its location", "[server-sql]")
{
    using trame::storage::redactedLocation;
    CHECK(redactedLocation("postgresql://trame_app:Secr3t@db.example.org/trame?sslmode=verify-full") ==
          "postgresql://trame_app:***@db.example.org/trame?sslmode=verify-full");
    CHECK(redactedLocation("postgresql:///trame?host=/tmp&user=a&password=Secr3t&port=5") ==
          "postgresql:///trame?host=/tmp&user=a&password=***&port=5");
    CHECK(redactedLocation("postgresql://db.example.org/trame") == "postgresql://db.example.org/trame");
}
