#include "storage/Transaction.h"

#include "storage/RepositoryFixture.h"
#include "storage/StorageError.h"

using namespace trame;
using namespace trame::storage;

namespace {
std::int64_t rows(const Database& db)
{
    Statement s = db.prepare(
        "SELECT count(*) FROM meta WHERE key NOT IN ('last_beneficiary_id', 'audit_chain_from', 'schema_version')");
    s.step();
    return s.integer(0);
}

void addRow(const Database& db, const std::string& key)
{
    db.prepare("INSERT INTO meta (key, value) VALUES (?1, 'x')").bind(1, key).run();
}
} // namespace

TEST_CASE_METHOD(RepositoryFixture, "A body that fails rolls back everything it wrote", "[transaction]")
{
    const Status status = inTransaction(*db, [&]() -> Status {
        addRow(*db, "a");
        addRow(*db, "b");
        return makeError(ErrorKind::Invalid, "x", "refused");
    });
    CHECK_FALSE(status.ok());
    CHECK(rows(*db) == 0);
}

TEST_CASE_METHOD(RepositoryFixture, "An exception inside the body rolls back too", "[transaction]")
{
    const Status status = inTransaction(*db, [&]() -> Status {
        addRow(*db, "a");
        addRow(*db, "a"); // primary key: throws StorageError
        return Ok{};
    });
    CHECK(status.error().kind == ErrorKind::Invalid);
    CHECK(rows(*db) == 0);
}

TEST_CASE_METHOD(RepositoryFixture, "Nested transactions are savepoints of the outer one", "[transaction]")
{
    const Status status = inTransaction(*db, [&]() -> Status {
        addRow(*db, "outer");
        const Status inner = inTransaction(*db, [&]() -> Status {
            addRow(*db, "inner");
            return makeError(ErrorKind::Invalid, "", "inner refused");
        });
        CHECK_FALSE(inner.ok());
        CHECK(rows(*db) == 1); // the inner write is undone, the outer one stays
        return inTransaction(*db, [&]() -> Status {
            addRow(*db, "second");
            return Ok{};
        });
    });
    CHECK(status.ok());
    CHECK(rows(*db) == 2);
}
