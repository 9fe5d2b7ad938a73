#include "storage/Backup.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/DbDump.h"
#include "support/Samples.h"

#include <atomic>
#include <filesystem>
#include <thread>

using namespace trame;
using namespace trame::storage;

TEST_CASE_METHOD(RepositoryFixture, "A backup is a complete, checked, self-contained copy", "[backup][file]")
{
    REQUIRE(BeneficiaryRepository(*db).insert(sampleRecord(1).person).ok());
    const std::string copy = dir.file("copy.sqlite");
    REQUIRE(backupTo(*db, copy).ok());
    CHECK(dumpDatabase(copy) == dumpDatabase(path));
    CHECK_FALSE(std::filesystem::exists(copy + "-wal"));
    CHECK_FALSE(std::filesystem::exists(copy + ".partial"));
}

TEST_CASE_METHOD(RepositoryFixture, "An existing destination or a missing folder is refused", "[backup][file]")
{
    const std::string copy = dir.file("copy.sqlite");
    writeFile(copy, "precious");
    CHECK(backupTo(*db, copy).error().kind == ErrorKind::Io);
    CHECK(readFile(copy) == "precious");
    CHECK_THAT(backupTo(*db, dir.file("no/such/folder.sqlite")).error().message, Catch::Contains("does not exist"));
}

TEST_CASE_METHOD(RepositoryFixture, "A backup taken while another connection writes is consistent", "[backup][file]")
{
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        auto other = RepositoryFixture::open(path);
        for (int i = 1; !stop && i < 100000; ++i) {
            if (BeneficiaryRepository(*other).insert(sampleRecord(i).person).ok())
                ++written;
        }
    });
    while (written < 50)
        std::this_thread::yield();
    const std::string copy = dir.file("copy.sqlite");
    const Status status = backupTo(*db, copy);
    stop = true;
    writer.join();
    REQUIRE(status.ok());
    auto reopened = Database::open(copy);
    REQUIRE(reopened.ok());
    Statement check = (*reopened)->prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
    Statement count = (*reopened)->prepare("SELECT count(*), max(id) FROM beneficiaries");
    REQUIRE(count.step());
    CHECK(count.integer(0) >= 50);
    CHECK(count.integer(0) == count.integer(1)); // a prefix of the writes, none half-applied
}
