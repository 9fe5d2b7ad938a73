// The same people on both back ends give the same answers: search, and the whole export.
#include "services/Exchange.h"
#include "services/Generator.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"
#include "support/ManualClock.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

namespace {

std::vector<std::int64_t> ids(const std::vector<BeneficiarySummary>& rows)
{
    std::vector<std::int64_t> out;
    for (const auto& row : rows)
        out.push_back(row.id);
    return out;
}

} // namespace

TEST_CASE("The same seed gives the same people, searches and export on a file and on a server", "[server][search]")
{
    TempDir dir;
    const TestDatabase server(dir, "unused");
    ManualClock clock{std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                      std::chrono::hours(9)};
    auto file = Workspace::open(dir.file("same.sqlite")).value();
    auto onServer = Workspace::open(server.location()).value();
    for (Workspace* w : {file.get(), onServer.get()})
        REQUIRE(generate(*w, clock, {300, 42}).ok());

    const std::vector<std::string> searches = {
        "dup", "Élo", "eloise", "ÉLOÏSE", "fr", "mar dur", "permis", "logement mobilité",
        "zzz", "a",   "jean-",  "l’",     "ça", "É"};
    std::size_t found = 0;
    for (const std::string& typed : searches) {
        INFO("search: " << typed);
        BeneficiaryQuery q;
        q.search = typed;
        q.limit = 1000;
        q.today = Date(2026, 11, 2);
        const auto onFile = storage::BeneficiaryRepository(file->database()).find(q).value();
        const auto there = storage::BeneficiaryRepository(onServer->database()).find(q).value();
        CHECK(ids(there) == ids(onFile));
        found += onFile.size();
        CHECK(storage::BeneficiaryRepository(onServer->database()).count(q).value() ==
              storage::BeneficiaryRepository(file->database()).count(q).value());
    }
    CHECK(found > 300); // the searches find people, not only nothing on both sides
    BeneficiaryQuery overdue;
    overdue.overdueOnly = true;
    overdue.today = Date(2026, 11, 2);
    overdue.limit = 1000;
    CHECK(ids(storage::BeneficiaryRepository(onServer->database()).find(overdue).value()) ==
          ids(storage::BeneficiaryRepository(file->database()).find(overdue).value()));

    const auto exportOf = [&](Workspace& w) {
        const Actor admin = signInAs(w, clock, Role::Administrator, "admin");
        return Exchange(w, clock, admin).exportText({}).value();
    };
    const std::string fromFile = exportOf(*file);
    CHECK(fromFile.size() > 100000);
    CHECK(exportOf(*onServer) == fromFile);
}
