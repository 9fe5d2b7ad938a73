// Two programs saving the same person at once, each on its own connection: every save lands or is
// told it came second (a conflict), none is lost. On a file and on a server alike.
#include "storage/BeneficiaryRepository.h"
#include "storage/RepositoryFixture.h"
#include "support/Samples.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

using namespace trame;
using namespace trame::storage;

namespace {

constexpr int kSaves = 1000;

// One writer: reads the person, appends its mark, saves against the version it read; a conflict
// means the other writer saved first, and it reads again. Exits 0 once its saves all landed.
[[noreturn]] void writer(const std::string& location, char mark)
{
    auto db = Database::open(location);
    if (!db)
        _exit(10);
    BeneficiaryRepository repo(**db);
    int landed = 0;
    int attempts = 0;
    while (landed < kSaves && ++attempts < 50 * kSaves) {
        auto person = repo.get(1);
        if (!person)
            _exit(11);
        person->qualifications += mark;
        const auto saved = repo.update(*person);
        if (saved)
            ++landed;
        else if (saved.error().kind != ErrorKind::Conflict && saved.error().kind != ErrorKind::Busy)
            _exit(12);
    }
    _exit(landed == kSaves ? 0 : 13);
}

} // namespace

TEST_CASE_METHOD(RepositoryFixture, "Two writers on two connections: a thousand saves each, none lost",
                 "[reliability][concurrency]")
{
    BeneficiaryRecord record = sampleRecord(1);
    record.person.qualifications.clear();
    REQUIRE(BeneficiaryRepository(*db).insert(record.person).ok());
    db.reset(); // the writers have the database to themselves
    std::vector<pid_t> children;
    for (const char mark : {'a', 'b'}) {
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0)
            writer(path, mark);
        children.push_back(pid);
    }
    for (const pid_t pid : children) {
        int status = 0;
        REQUIRE(waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    const auto after = BeneficiaryRepository(*RepositoryFixture::open(path)).get(1).value();
    CHECK(std::count(after.qualifications.begin(), after.qualifications.end(), 'a') == kSaves);
    CHECK(std::count(after.qualifications.begin(), after.qualifications.end(), 'b') == kSaves);
    CHECK(after.version == 2 * kSaves + 1);
}
