// Wrong passwords tried at the same moment from several processes: the lock-out counts each of
// them, and no more passwords are checked than the free attempts, whatever the parallelism.
#include "services/Accounts.h"
#include "services/AuditTrail.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AccountRepository.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace trame;
using namespace trame::services;

namespace {

const ManualClock kClock(std::chrono::sys_days(std::chrono::year(2026) / 11 / 2) + std::chrono::hours(9));

// One guessing process: its own connection, a wrong password, at `start` (steady clock).
[[noreturn]] void guess(const std::string& path, std::chrono::steady_clock::time_point start)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        _exit(3);
    std::this_thread::sleep_until(start);
    const auto signedIn = Accounts(**workspace, kClock).signIn("cmartin", "pas le bon mot de passe");
    _exit(signedIn ? 1 : 0);
}

} // namespace

TEST_CASE("Parallel wrong guesses are all counted and lock the account after the free attempts",
          "[reliability][accounts]")
{
    TempDir dir;
    const std::string path = dir.file("guesses.sqlite");
    {
        auto workspace = Workspace::open(path).value();
        signInAs(*workspace, kClock, Role::Counsellor, "cmartin");
    }
    constexpr int kGuesses = 16;
    const auto start = std::chrono::steady_clock::now() + std::chrono::milliseconds(700);
    std::vector<pid_t> children;
    for (int i = 0; i < kGuesses; ++i) {
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0)
            guess(path, start);
        children.push_back(pid);
    }
    int refused = 0;
    for (const pid_t pid : children) {
        int status = 0;
        waitpid(pid, &status, 0);
        refused += WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 1 : 0;
    }
    CHECK(refused == kGuesses);

    auto workspace = Workspace::open(path).value();
    const auto stored = [&] {
        return storage::AccountRepository(workspace->database()).findByLogin("cmartin").value();
    };
    const auto account = stored();
    REQUIRE(account.has_value());
    CHECK(account->failedAttempts == signin::kFreeAttempts);
    REQUIRE(account->lockedUntil.has_value());
    CHECK(*account->lockedUntil > kClock.instant());
    // The trail tells how many passwords were checked: the free attempts, no more.
    const Actor admin = signInAs(*workspace, kClock, Role::Administrator, "admin");
    AuditFilter filter;
    filter.action = AuditAction::SignInFailed;
    int checked = 0, locked = 0;
    const std::vector<AuditEntry> failures = AuditTrail(*workspace, kClock, admin).list(filter).value();
    for (const AuditEntry& e : failures) {
        checked += e.detail == "reason=bad_password" ? 1 : 0;
        locked += e.detail == "reason=locked" ? 1 : 0;
    }
    CHECK(checked == signin::kFreeAttempts);
    CHECK(locked == kGuesses - signin::kFreeAttempts);
    // The right password, once the lock is over, opens it and clears the count.
    ManualClock later(kClock.now() + std::chrono::hours(2));
    REQUIRE(Accounts(*workspace, later).signIn("cmartin", kTestPassword).ok());
    CHECK(stored()->failedAttempts == 0);
}
