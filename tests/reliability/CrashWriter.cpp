// A writer for the crash test: signs in as "writer" on the file given, then, forever, creates a
// person and saves their case file, and prints the person's id once both are committed. The test
// kills it with SIGKILL at random moments and checks that every printed id survived whole.
//   trame-crash-writer DATABASE PASSWORD [PAUSE_MS]
// PAUSE_MS between two writes lets another writer on the same file have its turn, as a
// counsellor's autosaves do (a writer in a tight loop takes the lock back before SQLite's busy
// handler wakes the other one).
#include "services/Accounts.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Workspace.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

using namespace trame;

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: trame-crash-writer DATABASE PASSWORD [PAUSE_MS]\n");
        return 2;
    }
    auto workspace = services::Workspace::open(argv[1]);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", workspace.error().describe().c_str());
        return 1;
    }
    const services::SystemClock clock;
    auto writer = services::Accounts(**workspace, clock).signIn("writer", argv[2]);
    if (!writer) {
        std::fprintf(stderr, "%s\n", writer.error().describe().c_str());
        return 1;
    }
    services::CaseFiles cases(**workspace, clock, *writer);
    const int pause = argc == 4 ? std::atoi(argv[3]) : 0;
    for (long n = 0;; ++n) {
        Beneficiary person;
        person.firstName = "Essai";
        person.lastName = "Crash " + std::to_string(n);
        auto id = cases.create(person);
        if (!id)
            return 1;
        CaseFile file = cases.open(*id).value().caseFile;
        file.situation = "situation " + std::to_string(*id);
        Obstacle obstacle;
        obstacle.category = ObstacleCategory::Mobility;
        obstacle.description = "frein " + std::to_string(*id);
        file.obstacles = {obstacle};
        if (!cases.saveCaseFile(file))
            return 1;
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
        if (pause > 0)
            usleep(static_cast<useconds_t>(pause) * 1000);
    }
}
