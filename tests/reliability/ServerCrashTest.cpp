// The server dies as in a power cut while a workstation saves: every save it acknowledged is there
// after the restart, and the workstation goes on by itself once the server is back.
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"
#include "support/Samples.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

using namespace trame;
using namespace trame::storage;

namespace {

const std::string kScript = std::string(TRAME_SOURCE_DIR) + "/tests/server/test-server.sh";
constexpr int kPort = 54339;
constexpr int kSaves = 400;

int server(const std::string& action, const std::string& dir)
{
    const std::string command = kScript + " " + action + " " + dir + " " + std::to_string(kPort) + " durable";
    return std::system(command.c_str());
}

std::string uri(const std::string& dir, const std::string& name)
{
    return "postgresql:///" + name + "?host=" + dir + "&port=" + std::to_string(kPort) + "&user=trame_test";
}

std::size_t lines(const std::string& file)
{
    std::ifstream in(file);
    std::size_t count = 0;
    for (std::string line; std::getline(in, line);)
        ++count;
    return count;
}

// Saves " 1", " 2"… onto the person's experience, one save each, as the application saves: against
// the version it holds, again after a failure. After each save the server acknowledged, writes its
// number to `acks` and syncs it. A save whose answer the outage swallowed shows as a conflict with
// itself: the server has it, and the writer goes on from there.
[[noreturn]] void writer(const std::string& location, const std::string& acks)
{
    auto db = Database::open(location);
    if (!db)
        _exit(10);
    BeneficiaryRepository repo(**db);
    auto held = repo.get(1);
    if (!held)
        _exit(11);
    Beneficiary person = *held;
    const int out = ::open(acks.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    for (int i = 1; i <= kSaves;) {
        if (std::chrono::steady_clock::now() > deadline)
            _exit(12);
        const std::string token = " " + std::to_string(i);
        Beneficiary next = person;
        next.experience += token;
        const auto saved = repo.update(next);
        if (saved) {
            next.version = *saved;
            person = next;
            const std::string line = std::to_string(i++) + "\n";
            if (::write(out, line.data(), line.size()) != static_cast<ssize_t>(line.size()) || ::fsync(out) != 0)
                _exit(13);
        } else if (saved.error().kind == ErrorKind::Conflict) {
            auto stored = repo.get(1);
            if (!stored || !stored->experience.ends_with(token))
                _exit(14); // a conflict with someone else: there is no one else
            person = *stored;
            ++i;
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(50)); // the server is away
        }
    }
    _exit(0);
}

} // namespace

TEST_CASE("Killing the server during saves loses nothing acknowledged, and the client goes on", "[server][crash]")
{
    TempDir dir;
    const std::string cluster = "/tmp/trame-crash-" + std::to_string(::getpid());
    REQUIRE(server("start", cluster) == 0);
    struct Stop {
        std::string dir;
        ~Stop() { server("stop", dir); }
    } stop{cluster};
    {
        auto admin = Database::open(uri(cluster, "postgres")).value();
        admin->exec("CREATE DATABASE crash");
        auto db = Database::open(uri(cluster, "crash")).value();
        REQUIRE(migrate(*db).ok());
        BeneficiaryRecord record = sampleRecord(1);
        record.person.experience.clear();
        REQUIRE(BeneficiaryRepository(*db).insert(record.person).ok());
    }
    const std::string acks = dir.file("acks");
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0)
        writer(uri(cluster, "crash"), acks);
    while (lines(acks) < kSaves / 4)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(server("crash", cluster) == 0);
    const std::size_t acknowledged = lines(acks);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    REQUIRE(server("restart", cluster) == 0);

    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0); // it went on by itself and finished
    auto db = Database::open(uri(cluster, "crash")).value();
    const std::string saved = BeneficiaryRepository(*db).get(1).value().experience;
    std::string expected;
    for (int i = 1; i <= kSaves; ++i)
        expected += " " + std::to_string(i);
    CHECK(saved == expected); // every save, each once, in order: none lost, none twice
    CHECK(acknowledged >= static_cast<std::size_t>(kSaves / 4));
}
