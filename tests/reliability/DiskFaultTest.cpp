// Disk faults along the save path: every write, sync and truncate of a case-file save fails in
// turn (tests/support/FaultyVfs). Each time the save reports the error, the file stays consistent
// (old or new content, never a mix), and once the disk is back the next save works.
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/SupportPeriods.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "support/FaultyVfs.h"
#include "support/ManualClock.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>

using namespace trame;

namespace {

// What is stored, read through a connection of its own.
std::string stored(const std::string& path, std::int64_t id)
{
    faulty::disarm();
    auto db = storage::Database::open(path).value();
    storage::Statement check = db->prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    REQUIRE(check.text(0) == "ok");
    storage::Statement s =
        db->prepare("SELECT c.situation || '|' || (SELECT group_concat(description, ',') FROM"
                    " (SELECT description FROM obstacles WHERE beneficiary_id = ?1 ORDER BY position))"
                    " || '|' || (SELECT count(*) FROM audit_log WHERE action = 'change' AND record_kind = 'case_file')"
                    " FROM case_files c WHERE c.beneficiary_id = ?1");
    s.bind(1, id);
    REQUIRE(s.step());
    return s.text(0);
}

// A counsellor's file with one person in it, on the faulty disk (passing everything through
// until a test arms it).
struct FaultFixture {
    struct Installed {
        Installed() { faulty::install(); } // before the file is opened: its connection uses the VFS
    } installed;
    TempDir dir;
    const std::string path = dir.file("faults.sqlite");
    std::unique_ptr<services::Workspace> workspace = services::Workspace::open(path).value();
    const services::ManualClock clock{std::chrono::sys_days(std::chrono::year(2026) / 11 / 2)};
    const services::Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    services::CaseFiles cases{*workspace, clock, counsellor};
    const std::int64_t id = cases.create(sampleRecord(0).person).value();
};

} // namespace

TEST_CASE_METHOD(FaultFixture,
                 "Every write, sync and truncate of a save failing in turn: reported, consistent, recoverable",
                 "[reliability][faults]")
{

    // The save under test: the situation and the whole list of obstacles change at once.
    const auto change = [&](int round) {
        CaseFile file = cases.open(id).value().caseFile;
        file.situation = "situation " + std::to_string(round);
        Obstacle o;
        o.category = ObstacleCategory::Mobility;
        o.description = "frein " + std::to_string(round);
        file.obstacles = {o, o};
        return file;
    };
    // Count the operations of one save.
    CaseFile counted = change(0);
    faulty::arm(faulty::Operation::Write, 0, SQLITE_IOERR_WRITE);
    REQUIRE(cases.saveCaseFile(counted).ok());
    const int writes = faulty::count(faulty::Operation::Write);
    const int syncs = faulty::count(faulty::Operation::Sync);
    const int truncates = faulty::count(faulty::Operation::Truncate);
    faulty::disarm();
    REQUIRE(writes > 0);
    REQUIRE(syncs > 0);

    int faults = 0;
    int round = 1;
    int reported = 0;
    int rolledBack = 0;
    const std::pair<faulty::Operation, int> plans[] = {
        {faulty::Operation::Write, writes}, {faulty::Operation::Sync, syncs}, {faulty::Operation::Truncate, truncates}};
    for (const auto& [operation, total] : plans) {
        for (int nth = 1; nth <= total; ++nth, ++round) {
            // A full disk for writes, an I/O error for syncs and truncates.
            const int error = operation == faulty::Operation::Write ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
            const std::string before = stored(path, id);
            CaseFile file = change(round);
            faulty::arm(operation, nth, error);
            const Status saved = cases.saveCaseFile(file);
            faults += faulty::faultsInjected();
            faulty::disarm();
            INFO("operation " << static_cast<int>(operation) << ", failing from number " << nth);
            const std::string after = stored(path, id);
            const std::string expected = "situation " + std::to_string(round) + "|frein " + std::to_string(round) +
                                         ",frein " + std::to_string(round);
            if (saved) {
                CHECK(after.rfind(expected, 0) == 0); // the failure came after the commit was safe
            } else {
                ++reported;
                rolledBack += after == before ? 1 : 0;
                CHECK((saved.error().kind == ErrorKind::Io || saved.error().kind == ErrorKind::Busy));
                // Old or new, whole: never a situation without its obstacles.
                CHECK((after == before || after.rfind(expected, 0) == 0));
            }
            // The disk is back: the next save of a fresh copy works.
            CaseFile again = change(1000 + round);
            REQUIRE(cases.saveCaseFile(again).ok());
        }
    }
    CHECK(faults > 0);
    WARN(writes << " writes, " << syncs << " syncs, " << truncates << " truncates per save; " << faults
                << " faults injected over " << round - 1 << " failing saves; " << reported << " reported as errors, "
                << rolledBack << " of them rolled back to the old content");
}

TEST_CASE_METHOD(FaultFixture,
                 "A full or read-only disk while a follow-up is paused or closed: refused whole, then done once back",
                 "[reliability][faults][periods]")
{
    const int fault = GENERATE(SQLITE_FULL, SQLITE_READONLY);
    INFO("SQLite error " << fault);
    services::SupportPeriods periods(*workspace, clock, counsellor);
    Bilan bilan = periods.draftBilan(id).value();
    bilan.text = "Embauchée en CDI.";
    const PeriodExit exit{clock.today(), "cdi", FseSituation::Employed};

    // Every write after the first few of each step fails, in turn: the step is refused whole.
    for (const int nth : {1, 2, 3}) {
        faulty::arm(faulty::Operation::Write, nth, fault);
        const auto paused = periods.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"});
        faulty::disarm();
        if (paused) { // the writes it needed came before the fault: undo for the next round
            REQUIRE(periods.resume(id, clock.today()).ok());
            continue;
        }
        CHECK(paused.error().kind == ErrorKind::Io);
        const SupportPeriod now = periods.history(id).value().back();
        CHECK(std::all_of(now.pauses.begin(), now.pauses.end(), [](const Pause& p) { return p.until; }));
        CHECK(cases.open(id).value().person.status == BeneficiaryStatus::Active);
    }
    for (const int nth : {1, 2, 3}) {
        faulty::arm(faulty::Operation::Write, nth, fault);
        const auto closed = periods.close(id, exit, bilan);
        faulty::disarm();
        REQUIRE_FALSE(closed.ok()); // a close writes more than three pages
        CHECK(closed.error().kind == ErrorKind::Io);
        const SupportPeriod now = periods.history(id).value().back();
        CHECK(now.isOpen());
        CHECK_FALSE(now.bilan);
        CHECK(cases.open(id).value().person.status != BeneficiaryStatus::Closed);
    }
    // The disk back, the step is taken.
    REQUIRE(periods.close(id, exit, bilan).ok());
    CHECK(cases.open(id).value().person.status == BeneficiaryStatus::Closed);
    CHECK(periods.history(id).value().back().bilan->text == "Embauchée en CDI.");
    storage::Statement check = workspace->database().prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
}
