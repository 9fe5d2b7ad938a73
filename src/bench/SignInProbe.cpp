// How long each refusal of a sign-in takes, against a wrong password for a known, active login
// measured in the same rounds: an unknown login, a locked account and a disabled one must not be
// told apart by their time (docs/security.md). The probe works on a copy of the file, so that the
// accounts it creates, disables and locks never reach the measured one.
#include "Probes.h"

#include "services/Accounts.h"
#include "services/Clock.h"
#include "services/Workspace.h"

#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;
using namespace trame;

namespace {

template <typename T> T orThrow(Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().describe());
    return std::move(result).value();
}

} // namespace

namespace Probes {

std::vector<Row> signInRefusals(const std::string& path, int runs)
{
    const fs::path copy = fs::temp_directory_path() / "trame-bench-signin.sqlite";
    fs::remove(copy);
    fs::copy_file(path, copy);
    auto workspace = orThrow(services::Workspace::open(copy.string()));
    services::SystemClock clock;
    services::Accounts accounts(*workspace, clock);
    const std::string password = "bench password, not a secret"; // the other probes' (Probes.cpp)
    if (!orThrow(accounts.hasAccounts()))
        (void)accounts.createFirstAdministrator({"bench-admin", "Bench", Role::Administrator, password});
    const services::Actor admin = orThrow(accounts.signIn("bench-admin", password));
    for (const char* login : {"bench-known", "bench-locked", "bench-off"})
        (void)accounts.add(admin, {login, login, Role::Counsellor, password});
    for (int i = 0; i < services::signin::kFreeAttempts; ++i)
        (void)accounts.signIn("bench-locked", "wrong password");
    const auto all = orThrow(accounts.list(admin));
    for (const Account& a : all)
        if (a.login == "bench-off")
            (void)accounts.setActive(admin, a.id, false);

    // The known login is signed in correctly now and then, so that it never locks itself.
    int sinceReset = 0;
    const auto timings = measureInterleaved(runs, {[&] {
                                                       if (++sinceReset == services::signin::kFreeAttempts - 1) {
                                                           (void)accounts.signIn("bench-known", password);
                                                           sinceReset = 0;
                                                       }
                                                       (void)accounts.signIn("bench-known", "wrong password");
                                                   },
                                                   [&] { (void)accounts.signIn("nobody-here", "wrong password"); },
                                                   [&] { (void)accounts.signIn("bench-locked", "wrong password"); },
                                                   [&] { (void)accounts.signIn("bench-off", "wrong password"); }});
    workspace.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(copy.string() + suffix);

    std::vector<Row> rows;
    const char* const names[] = {"sign-in refused: unknown login", "sign-in refused: locked account",
                                 "sign-in refused: disabled account"};
    for (std::size_t i = 0; i < 3; ++i) {
        Row row;
        row.operation = names[i];
        row.floor = "a known login's wrong password";
        row.value = timings[i + 1];
        row.floorValue = timings[0];
        row.target = "ratio <= 1.2";
        row.limit = 1.2;
        rows.push_back(row);
    }
    return rows;
}

} // namespace Probes
