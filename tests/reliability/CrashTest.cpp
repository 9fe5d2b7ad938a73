// Crash durability: a writer is killed with SIGKILL at random moments, again and again, on the
// same file. After each kill the file must pass integrity_check, every write the writer reported
// as committed must be there whole, and no transaction may be half applied.
// TRAME_CRASH_ROUNDS sets the number of kills (200 by default; scripts/crash-test runs 1000).
#include "services/Accounts.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdlib>
#include <random>
#include <set>
#include <string>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace trame;

namespace {

const std::string kPassword = "mot de passe du testeur";

// Starts the writer; its standard output comes through `out`.
pid_t startWriter(const std::string& db, int& out, const std::string& pauseMs = "0")
{
    int pipeEnds[2];
    REQUIRE(pipe(pipeEnds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(pipeEnds[1], STDOUT_FILENO);
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        execl(TRAME_CRASH_WRITER, TRAME_CRASH_WRITER, db.c_str(), kPassword.c_str(), pauseMs.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeEnds[1]);
    out = pipeEnds[0];
    return pid;
}

// Reads whole lines ("<id>\n") as they come; returns false at the end of the output.
bool readAcks(int fd, std::string& pending, std::set<long long>& acked, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, timeoutMs) <= 0)
        return true;
    char buffer[4096];
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0)
        return false;
    pending.append(buffer, static_cast<std::size_t>(n));
    for (std::size_t end; (end = pending.find('\n')) != std::string::npos; pending.erase(0, end + 1))
        acked.insert(std::stoll(pending.substr(0, end)));
    return true;
}

// A new file with the counsellor account the writer process signs in with, closed again.
void prepareWriterFile(const std::string& path)
{
    auto workspace = services::Workspace::open(path).value();
    const services::ManualClock clock(std::chrono::system_clock::now());
    services::Accounts accounts(*workspace, clock);
    const auto admin = accounts.createFirstAdministrator({"admin", "Admin", Role::Administrator, kPassword});
    REQUIRE(admin.ok());
    REQUIRE(accounts.add(*admin, {"writer", "Writer", Role::Counsellor, kPassword}).ok());
}

long long scalar(const storage::Database& db, const std::string& sql)
{
    storage::Statement s = db.prepare(sql);
    REQUIRE(s.step());
    return s.integer(0);
}

} // namespace

TEST_CASE("Killing a writer at random moments loses no acknowledged write and leaves no half", "[reliability]")
{
    const char* rounds = std::getenv("TRAME_CRASH_ROUNDS");
    const int kills = rounds ? std::atoi(rounds) : 200;
    TempDir dir;
    const std::string path = dir.file("crash.sqlite");
    prepareWriterFile(path);
    std::mt19937 random(20261129);
    std::set<long long> acked;
    for (int round = 0; round < kills; ++round) {
        int out = -1;
        const pid_t pid = startWriter(path, out);
        std::string pending;
        // Let it commit a few writes (0 to 3), then kill it within the next 0-3 ms.
        const std::size_t before = acked.size();
        const std::size_t wanted = before + std::uniform_int_distribution<std::size_t>(0, 3)(random);
        for (int waited = 0; acked.size() < wanted && waited < 200; ++waited)
            if (!readAcks(out, pending, acked, 10))
                break;
        usleep(std::uniform_int_distribution<useconds_t>(0, 3000)(random));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        while (readAcks(out, pending, acked, 0)) {
        }
        close(out);
        INFO("round " << round);
        REQUIRE(WIFSIGNALED(status)); // it was running, not failing

        auto db = storage::Database::open(path).value();
        storage::Statement check = db->prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        REQUIRE(check.text(0) == "ok");
        // Every acknowledged person is there with their saved case file.
        for (const long long id : acked) {
            storage::Statement person =
                db->prepare("SELECT c.situation, (SELECT count(*) FROM obstacles o WHERE o.beneficiary_id = b.id)"
                            " FROM beneficiaries b JOIN case_files c ON c.beneficiary_id = b.id WHERE b.id = ?1");
            person.bind(1, static_cast<std::int64_t>(id));
            INFO("person " << id);
            REQUIRE(person.step());
            CHECK(person.text(0) == "situation " + std::to_string(id));
            CHECK(person.integer(1) == 1);
        }
        // No half transaction: every person has their case file and exactly one creation entry;
        // every saved situation has its obstacle and its change entry.
        CHECK(scalar(*db, "SELECT count(*) FROM beneficiaries b WHERE NOT EXISTS"
                          " (SELECT 1 FROM case_files c WHERE c.beneficiary_id = b.id)") == 0);
        CHECK(scalar(*db, "SELECT count(*) FROM beneficiaries") ==
              scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'create'"));
        CHECK(scalar(*db, "SELECT count(*) FROM case_files WHERE situation <> ''") ==
              scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'change' AND record_kind = 'case_file'"));
        CHECK(scalar(*db, "SELECT count(*) FROM case_files c WHERE situation <> '' AND NOT EXISTS"
                          " (SELECT 1 FROM obstacles o WHERE o.beneficiary_id = c.beneficiary_id)") == 0);
    }
    CHECK(acked.size() > static_cast<std::size_t>(kills)); // the writer did get work done between kills
    WARN(kills << " kills, " << acked.size() << " acknowledged writes, all found whole");
}

TEST_CASE("Two writers on the same file at once: both wait their turn and lose nothing", "[reliability]")
{
    TempDir dir;
    const std::string path = dir.file("two.sqlite");
    prepareWriterFile(path);
    int outA = -1, outB = -1;
    const pid_t a = startWriter(path, outA, "2");
    const pid_t b = startWriter(path, outB, "2");
    std::set<long long> ackedA, ackedB;
    std::string pendingA, pendingB;
    for (int i = 0; i < 500 && (ackedA.size() < 20 || ackedB.size() < 20); ++i) {
        readAcks(outA, pendingA, ackedA, 10);
        readAcks(outB, pendingB, ackedB, 10);
    }
    kill(a, SIGKILL);
    kill(b, SIGKILL);
    for (const pid_t pid : {a, b}) {
        int status = 0;
        waitpid(pid, &status, 0);
        CHECK(WIFSIGNALED(status)); // neither gave up on a busy file
    }
    while (readAcks(outA, pendingA, ackedA, 0)) {
    }
    while (readAcks(outB, pendingB, ackedB, 0)) {
    }
    close(outA);
    close(outB);
    CHECK(ackedA.size() >= 5);
    CHECK(ackedB.size() >= 5);
    for (const long long id : ackedA)
        CHECK(ackedB.count(id) == 0); // each got its own ids
    auto db = storage::Database::open(path).value();
    for (const auto* acked : {&ackedA, &ackedB})
        for (const long long id : *acked) {
            storage::Statement person = db->prepare("SELECT situation FROM case_files WHERE beneficiary_id = ?1");
            person.bind(1, static_cast<std::int64_t>(id));
            REQUIRE(person.step());
            CHECK(person.text(0) == "situation " + std::to_string(id));
        }
}
