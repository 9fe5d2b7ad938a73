// Replays every input of the import fuzzer's corpus (tests/fuzz-corpus/import) through the real
// import path; under scripts/test this runs with ASan and UBSan. Every input is either imported
// or refused as bad input, and a refusal changes nothing.
#include "services/Accounts.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "support/DbDump.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace trame;

TEST_CASE("Every input of the fuzz corpus is imported or refused cleanly", "[reliability][fuzz]")
{
    TempDir dir;
    const std::string path = dir.file("corpus.sqlite");
    auto workspace = services::Workspace::open(path).value();
    const services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 2));
    const auto admin = services::Accounts(*workspace, clock)
                           .createFirstAdministrator({"admin", "Admin", Role::Administrator, "corpus password 1"})
                           .value();
    services::Exchange exchange(*workspace, clock, admin);
    std::size_t inputs = 0, imported = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(TRAME_SOURCE_DIR) + "/tests/fuzz-corpus/import")) {
        const std::string text = readFile(entry.path().string());
        const std::string before = dumpDatabase(path, {"audit_log"});
        const auto result = exchange.import(text);
        INFO(entry.path().filename().string());
        if (result) {
            ++imported;
            workspace->database().exec("DELETE FROM beneficiaries");
        } else {
            CHECK(result.error().kind != ErrorKind::Internal);
            CHECK(dumpDatabase(path, {"audit_log"}) == before);
        }
        ++inputs;
    }
    CHECK(inputs >= 20);
    CHECK(imported >= 1); // the corpus holds valid documents too, so that the fuzzer starts deep
}
