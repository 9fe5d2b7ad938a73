#include "services/Accounts.h"
#include "services/Passwords.h"

#include "services/AuditTrail.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "support/ServiceFixture.h"
#include "support/TestDatabase.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace trame;
using namespace trame::services;
using namespace std::chrono;

namespace {
struct Fixture : ServiceFixture {
    Accounts accounts{*workspace, clock};

    Actor admin() { return signInAs(*workspace, clock, Role::Administrator, "admin"); }
    std::vector<AuditEntry> entries(AuditAction action)
    {
        AuditFilter filter;
        filter.action = action;
        return storage::AuditRepository(workspace->database()).list(filter).value();
    }
};
} // namespace

TEST_CASE_METHOD(Fixture, "The first administrator is created once, and only as an administrator", "[accounts]")
{
    CHECK_FALSE(accounts.hasAccounts().value());
    CHECK(accounts.createFirstAdministrator({"chef", "Chef", Role::Counsellor, kTestPassword}).error().kind ==
          ErrorKind::Invalid);
    const auto first = accounts.createFirstAdministrator({"chef", "Chef", Role::Administrator, kTestPassword});
    REQUIRE(first.ok());
    CHECK(first->role() == Role::Administrator);
    CHECK(accounts.hasAccounts().value());
    CHECK(accounts.createFirstAdministrator({"autre", "Autre", Role::Administrator, kTestPassword}).error().kind ==
          ErrorKind::Denied);
}

TEST_CASE_METHOD(Fixture, "Passwords and logins follow the rules, and only hashes are stored", "[accounts]")
{
    const Actor a = admin();
    CHECK(accounts.add(a, {"court", "Court", Role::Counsellor, "onze carac."}).error().path == "password");
    CHECK(accounts.add(a, {"Majuscule", "M", Role::Counsellor, kTestPassword}).error().path == "login");
    CHECK(accounts.add(a, {"memelogin123", "M", Role::Counsellor, "memelogin123"}).error().path == "password");
    CHECK(accounts.add(a, {"admin", "Doublon", Role::Counsellor, kTestPassword}).error().kind == ErrorKind::Conflict);
    // Twelve characters that are not twelve bytes: the rule counts characters.
    REQUIRE(accounts.add(a, {"eloise", "Éloïse", Role::Counsellor, "éàèùçôîâêûëï"}).ok());
    CHECK(accounts.signIn("ELOISE", "éàèùçôîâêûëï").ok()); // logins are lowered
    // What is stored: the file's bytes, or every row of the server's accounts table.
    std::string file = readFile(path) + readFile(path + "-wal");
    if (testingOnServer()) {
        auto db = storage::Database::open(path).value();
        auto rows = db->prepare("SELECT string_agg(a::text, ' ') FROM accounts a");
        rows.step();
        file = rows.text(0);
    }
    CHECK(file.find("éàèùçôîâêûëï") == std::string::npos);
    CHECK(file.find("$argon2id$v=19$m=19456,t=2") != std::string::npos);
}

TEST_CASE_METHOD(Fixture, "Five failures lock the account, longer each time, across a restart", "[accounts]")
{
    admin();
    for (int i = 0; i < 4; ++i)
        CHECK(accounts.signIn("admin", "not the password").error().message == "wrong login or password");
    CHECK(accounts.signIn("admin", kTestPassword).ok()); // a success resets the count
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(accounts.signIn("admin", "not the password").ok());
    // Locked: even the right password is refused, in the words of a wrong one (the lock is not
    // told, so that guessing cannot go on through it), and the restart changes nothing.
    workspace.reset();
    workspace = Workspace::open(path).value();
    Accounts reopened(*workspace, clock);
    const auto locked = reopened.signIn("admin", kTestPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message == "wrong login or password");
    clock.advance(seconds(61));
    REQUIRE_FALSE(reopened.signIn("admin", "still wrong").ok()); // sixth failure: two minutes
    clock.advance(seconds(119));
    CHECK(reopened.signIn("admin", kTestPassword).error().message == "wrong login or password"); // until 09:03:01
    clock.advance(seconds(1));
    CHECK(reopened.signIn("admin", kTestPassword).ok());
    const auto failed = entries(AuditAction::SignInFailed);
    CHECK(failed.size() == 12); // 4 + 5 wrong, 2 while locked, 1 sixth
    CHECK(std::count_if(failed.begin(), failed.end(), [](const AuditEntry& e) {
              return e.detail == "reason=locked";
          }) == 2); // the trail tells the lock apart
}

TEST_CASE("The decoy hash costs what a real password check costs and matches no password", "[accounts]")
{
    // Made with today's Argon2id parameters: if they change, this fails until it is made again,
    // or an unknown login would answer faster (or slower) than a known one.
    CHECK_FALSE(needsRehash(decoyPasswordHash()));
    CHECK(decoyPasswordHash().rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
    CHECK_FALSE(verifyPassword(decoyPasswordHash(), "decoy password, never valid"));
    CHECK_FALSE(verifyPassword(decoyPasswordHash(), ""));
}

TEST_CASE_METHOD(Fixture, "An unknown login is refused like a wrong password and logged without a login", "[accounts]")
{
    admin();
    const auto refused = accounts.signIn("personne", kTestPassword);
    CHECK(refused.error().message == "wrong login or password");
    const auto failed = entries(AuditAction::SignInFailed);
    REQUIRE(failed.size() == 1);
    CHECK_FALSE(failed[0].actor.has_value());
    CHECK(failed[0].detail == "reason=unknown_login");
}

TEST_CASE_METHOD(Fixture, "The administrator disables, enables and resets, and users change their own password",
                 "[accounts]")
{
    const Actor a = admin();
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "claire");
    CHECK(accounts.setActive(a, a.accountId(), false).error().kind == ErrorKind::Invalid);
    REQUIRE(accounts.setActive(a, claire.accountId(), false).ok());
    // Only the right password learns that the account is disabled; a wrong one reads as any other.
    CHECK(accounts.signIn("claire", "not her password").error().message == "wrong login or password");
    CHECK(accounts.signIn("claire", kTestPassword).error().message ==
          "this account is disabled; ask the administrator");
    REQUIRE(accounts.setActive(a, claire.accountId(), true).ok());
    REQUIRE(accounts.resetPassword(a, claire.accountId(), "mot de passe provisoire").ok());
    CHECK_FALSE(accounts.signIn("claire", kTestPassword).ok());
    const Actor again = accounts.signIn("claire", "mot de passe provisoire").value();
    CHECK(accounts.changePassword(again, "pas le bon", "un nouveau secret").error().path == "current_password");
    CHECK(accounts.changePassword(again, "mot de passe provisoire", "court").error().path == "password");
    REQUIRE(accounts.changePassword(again, "mot de passe provisoire", "un nouveau secret").ok());
    CHECK(accounts.signIn("claire", "un nouveau secret").ok());
    CHECK(accounts.resetPassword(claire, a.accountId(), "tentative de prise").error().kind == ErrorKind::Denied);
    CHECK(entries(AuditAction::AccountChange).size() == 6); // 2 created, disabled, enabled, reset, changed
}

TEST_CASE_METHOD(Fixture, "Unlocking: the same user goes on, another user closes the first session", "[accounts]")
{
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "claire");
    const Actor paul = signInAs(*workspace, clock, Role::Supervisor, "paul");
    REQUIRE(accounts.recordLock(claire).ok());
    CHECK_FALSE(accounts.unlock(claire, "claire", "wrong password").ok());
    CHECK(accounts.unlock(claire, "claire", kTestPassword)->accountId() == claire.accountId());
    const auto switched = accounts.unlock(claire, "paul", kTestPassword);
    REQUIRE(switched.ok());
    CHECK(switched->accountId() == paul.accountId());
    CHECK(entries(AuditAction::Lock).size() == 1);
    CHECK(entries(AuditAction::Unlock).size() == 1);
    const auto out = entries(AuditAction::SignOut);
    REQUIRE(out.size() == 1);
    CHECK(out[0].actor == claire.accountId());
}

TEST_CASE_METHOD(Fixture, "The lock delay is 10 minutes unless the administrator sets 1 to 15", "[accounts]")
{
    const Actor a = admin();
    CHECK(accounts.lockMinutes().value() == 10);
    CHECK(accounts.setLockMinutes(a, 16).error().kind == ErrorKind::Invalid);
    CHECK(accounts.setLockMinutes(a, 0).error().kind == ErrorKind::Invalid);
    REQUIRE(accounts.setLockMinutes(a, 15).ok());
    CHECK(accounts.lockMinutes().value() == 15);
    const Actor claire = signInAs(*workspace, clock, Role::Counsellor, "claire");
    CHECK(accounts.setLockMinutes(claire, 5).error().kind == ErrorKind::Denied);
}

TEST_CASE("A password's proof for the server is its stored hash, computed from the salt alone",
          "[accounts][server-sql]")
{
    const std::string hash = hashPassword("éàèùçôîâêûëï").value();
    const std::string setting = hash.substr(0, hash.rfind('$') + 1);
    CHECK(passwordProof(setting, "éàèùçôîâêûëï").value() == hash);
    CHECK(passwordProof(setting, "éàèùçôîâêûëi").value() != hash);
    CHECK(passwordProof(decoyPasswordHash().substr(0, decoyPasswordHash().rfind('$') + 1), "x").ok());
    for (const std::string& bad :
         std::vector<std::string>{"", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$", "$argon2id$v=19$m=1,t=2,p=4$c2FsdA$",
                                  "$argon2id$v=19$m=19456,t=2,p=1$!!$", setting + "tail"})
        CHECK(passwordProof(bad, "x").error().kind == ErrorKind::Invalid);
}
