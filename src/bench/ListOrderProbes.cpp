// The beneficiary list's first page in each order a column header asks for, against its first page
// by name (the list as it opens), all through the list's model, in the same run.
#include "Probes.h"

#include "BenchSupport.h"

#include "beneficiaries/BeneficiaryListModel.h"
#include "services/CaseFiles.h"
#include "services/Workspace.h"

using namespace trame;
using namespace bench;

std::vector<Row> Probes::sortedFirstPages(const std::string& path, int runs)
{
    auto workspace = openWorkspace(path);
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
    const auto t = measureInterleaved(runs, {firstPage(ListOrder::ByName, false), firstPage(ListOrder::ByStatus, true),
                                             firstPage(ListOrder::ByCounsellor, false),
                                             firstPage(ListOrder::ByNextAppointment, false)});
    std::vector<Row> rows = {
        makeRow("list sorted by status, descending: first page", "the list's first page by name", "ratio <= 1.5", 1.5),
        makeRow("list sorted by counsellor: first page", "the list's first page by name", "ratio <= 1.5", 1.5),
        makeRow("list sorted by next appointment: first page", "the list's first page by name", "ratio <= 400", 400),
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].floorValue = t[0];
        rows[i].value = t[i + 1];
    }
    return rows;
}
