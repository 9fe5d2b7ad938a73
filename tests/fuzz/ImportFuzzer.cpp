// libFuzzer target on the import path: parse, validate and import into a real Trame file, as an
// administrator. Built only with clang (scripts/fuzz); the suite replays the checked-in corpus
// (tests/fuzz-corpus/import) under ASan+UBSan with tests/reliability/FuzzCorpusTest.cpp.
#include "services/Accounts.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <unistd.h>

using namespace trame;

namespace {

struct Target {
    std::unique_ptr<services::Workspace> workspace;
    services::SystemClock clock;
    std::optional<services::Actor> admin;

    Target()
    {
        char folder[] = "/tmp/trame-fuzz-XXXXXX";
        if (!mkdtemp(folder))
            std::abort();
        workspace = services::Workspace::open(std::string(folder) + "/fuzz.sqlite").value();
        services::Accounts accounts(*workspace, clock);
        admin =
            accounts.createFirstAdministrator({"admin", "Admin", Role::Administrator, "fuzz password 1234"}).value();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Target target;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto imported = services::Exchange(*target.workspace, target.clock, *target.admin).import(text);
    if (imported) {
        // Start the next input from an empty file again; people only, the trail may grow.
        target.workspace->database().exec("DELETE FROM beneficiaries");
    } else if (imported.error().kind == ErrorKind::Internal) {
        std::fprintf(stderr, "internal error on import: %s\n", imported.error().describe().c_str());
        std::abort(); // bad input must be reported as such, never as a bug
    }
    return 0;
}
