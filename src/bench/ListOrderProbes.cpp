// The beneficiary list's first page in each order a column header asks for. Sorted by status or
// by counsellor, against its first page by name (the list as it opens), all through the list's
// model and interleaved. Sorted by next appointment, which no index serves, against the bare
// SQLite query that sorts every person by the same date: measured apart, since it reads the whole
// file and would empty the page cache the others use.
#include "Probes.h"

#include "BenchSupport.h"
#include "RawDb.h"

#include "beneficiaries/BeneficiaryListModel.h"
#include "services/CaseFiles.h"
#include "services/Workspace.h"
#include "storage/Database.h"

using namespace trame;
using namespace bench;

namespace {

constexpr const char* kBareNextSort =
    "SELECT b.id FROM beneficiaries b ORDER BY coalesce((SELECT min(a.day) FROM appointments a"
    " WHERE a.beneficiary_id = b.id AND a.status = 'unknown' AND a.day >= ?1), b.next_appointment) NULLS LAST,"
    " b.last_name, b.first_name, b.id LIMIT 50";

} // namespace

std::vector<Row> Probes::sortedFirstPages(const std::string& path, int runs)
{
    auto workspace = openWorkspace(path);
    RawDb raw(workspace->database().handle());
    services::CaseFiles caseFiles(*workspace, kClock, benchUser(*workspace, Role::Supervisor, "bench-superviseur"));
    BeneficiaryListModel model(caseFiles);
    const auto firstPage = [&model](ListOrder order, bool descending) {
        return [&model, order, descending] {
            BeneficiaryQuery query;
            query.today = kClock.today();
            query.order = order;
            query.descending = descending;
            model.setQuery(query);
        };
    };
    const auto indexed =
        measureInterleaved(runs, {firstPage(ListOrder::ByName, false), firstPage(ListOrder::ByStatus, true),
                                  firstPage(ListOrder::ByCounsellor, false)});
    const std::string today = kClock.today().toString();
    const auto computed =
        measureInterleaved(std::max(3, runs / 10), {[&] {
                                                        sqlite3_stmt* stmt = raw.statement(kBareNextSort);
                                                        sqlite3_bind_text(stmt, 1, today.c_str(), -1, SQLITE_TRANSIENT);
                                                        raw.drain(stmt);
                                                    },
                                                    firstPage(ListOrder::ByNextAppointment, false)});
    std::vector<Row> rows = {
        makeRow("list sorted by status, descending: first page", "the list's first page by name", "ratio <= 1.5", 1.5),
        makeRow("list sorted by counsellor: first page", "the list's first page by name", "ratio <= 1.5", 1.5),
        makeRow("list sorted by next appointment: first page", "bare query sorting everyone by that date",
                "ratio <= 1.5", 1.5),
    };
    rows[0].value = indexed[1];
    rows[1].value = indexed[2];
    rows[0].floorValue = rows[1].floorValue = indexed[0];
    rows[2].floorValue = computed[0];
    rows[2].value = computed[1];
    return rows;
}
