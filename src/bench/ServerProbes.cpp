#include "ServerProbes.h"

#include "BenchSupport.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "services/CaseFiles.h"
#include "services/Workspace.h"

#include <libpq-fe.h>

#include <stdexcept>

using namespace trame;
using namespace bench;

namespace {

// Bare libpq calls on a connection of their own: the floor's side. Every result is checked, so
// that a floor that fails does not measure nothing.
class RawPg {
public:
    explicit RawPg(const std::string& uri) : m_conn(PQconnectdb(uri.c_str()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw std::runtime_error(std::string("cannot connect: ") + PQerrorMessage(m_conn));
    }
    ~RawPg() { PQfinish(m_conn); }
    RawPg(const RawPg&) = delete;
    RawPg& operator=(const RawPg&) = delete;

    // Runs `sql` with text parameters and touches every value of every row, as a reader would.
    int drain(const char* sql, const std::vector<std::string>& params = {})
    {
        std::vector<const char*> values;
        for (const auto& p : params)
            values.push_back(p.c_str());
        PGresult* r =
            PQexecParams(m_conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const std::string message = PQresultErrorMessage(r);
            PQclear(r);
            throw std::runtime_error("floor query failed: " + message + " in " + sql);
        }
        const int rows = PQntuples(r);
        for (int row = 0; row < rows; ++row)
            for (int c = 0; c < PQnfields(r); ++c)
                static_cast<void>(PQgetvalue(r, row, c));
        PQclear(r);
        return rows;
    }
    long long scalar(const char* sql)
    {
        PGresult* r = PQexec(m_conn, sql);
        if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
            PQclear(r);
            throw std::runtime_error(std::string("floor query failed: ") + sql);
        }
        const long long value = std::stoll(PQgetvalue(r, 0, 0));
        PQclear(r);
        return value;
    }

private:
    PGconn* m_conn;
};

const char* const kListColumns =
    "SELECT b.id, b.civility, b.first_name, b.last_name, b.status, b.counsellor, b.next_appointment, b.open_due";

Row firstPage(RawPg& raw, services::CaseFiles& caseFiles, int runs)
{
    BeneficiaryListModel model(caseFiles);
    const std::string sql = std::string(kListColumns) + " FROM beneficiaries b ORDER BY b.last_name, b.first_name, b.id"
                                                        " LIMIT 50";
    const auto t = measureInterleaved(runs, {[&] { raw.drain(sql.c_str()); },
                                             [&] {
                                                 BeneficiaryQuery query;
                                                 query.today = kClock.today();
                                                 model.setQuery(query);
                                             }});
    Row row = makeRow("first page of the beneficiary list", "bare libpq LIMIT 50 query", "ratio <= 1.5", 1.5);
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

Row search(RawPg& raw, services::CaseFiles& caseFiles, int runs)
{
    BeneficiaryListModel model(caseFiles);
    const std::string sql = std::string(kListColumns) +
                            " FROM beneficiary_search f JOIN beneficiaries b ON b.id = f.beneficiary_id"
                            " WHERE f.words LIKE '%' || rtrim(trame_fold($1)) || '%' ORDER BY b.id LIMIT 50";
    int bare = 0, typed = 0;
    const auto t = measureInterleaved(runs, {[&] { raw.drain(sql.c_str(), {kPrefixes[bare++ % 10]}); },
                                             [&] {
                                                 BeneficiaryQuery query;
                                                 query.search = kPrefixes[typed++ % 10];
                                                 query.today = kClock.today();
                                                 model.setQuery(query);
                                             }});
    Row row = makeRow("search: 3-letter prefix to the first 50 rows", "bare libpq query on the folded words",
                      "ratio <= 1.5", 1.5);
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

Row openCaseFile(RawPg& raw, services::CaseFiles& caseFiles, std::int64_t id, int runs)
{
    const char* const queries[] = {"SELECT * FROM beneficiaries WHERE id = $1",
                                   "SELECT * FROM case_files WHERE beneficiary_id = $1",
                                   "SELECT * FROM obstacles WHERE beneficiary_id = $1 ORDER BY position",
                                   "SELECT * FROM posture_items WHERE beneficiary_id = $1 ORDER BY position",
                                   "SELECT * FROM tool_uses WHERE beneficiary_id = $1 ORDER BY position",
                                   "SELECT * FROM referrals WHERE beneficiary_id = $1 ORDER BY position",
                                   "SELECT * FROM plan_steps WHERE beneficiary_id = $1 ORDER BY position",
                                   "SELECT * FROM indicators WHERE beneficiary_id = $1 ORDER BY position",
                                   "SELECT * FROM interviews WHERE beneficiary_id = $1 ORDER BY held_on, id",
                                   "SELECT e.* FROM interview_entries e JOIN interviews i ON i.id = e.interview_id"
                                   " WHERE i.beneficiary_id = $1 ORDER BY e.interview_id, e.rowid"};
    const std::string person = std::to_string(id);
    const auto t = measureInterleaved(runs, {[&] {
                                                 for (const char* sql : queries)
                                                     raw.drain(sql, {person});
                                             },
                                             [&] {
                                                 if (!caseFiles.open(id))
                                                     throw std::runtime_error("cannot open the case file");
                                             }});
    Row row = makeRow("open the largest case file (data)", "the same rows, bare libpq queries", "ratio <= 2", 2);
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

Row autosave(RawPg& raw, services::CaseFiles& caseFiles, std::int64_t id, std::int64_t other, int runs)
{
    CaseFile caseFile = caseFiles.open(id).value().caseFile;
    int bare = 0, typed = 0;
    const std::string otherId = std::to_string(other);
    const auto t =
        measureInterleaved(runs, {[&] {
                                      raw.drain("BEGIN");
                                      raw.drain("UPDATE case_files SET situation = $1 WHERE beneficiary_id = $2",
                                                {"Situation " + std::to_string(bare++), otherId});
                                      raw.drain("COMMIT");
                                  },
                                  [&] {
                                      caseFile.situation = "Situation saisie " + std::to_string(typed++);
                                      if (!caseFiles.saveCaseFile(caseFile))
                                          throw std::runtime_error("save failed");
                                  }});
    Row row = makeRow("autosave of one field", "bare libpq one-row UPDATE commit", "ratio <= 1.3", 1.3);
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

} // namespace

namespace ServerProbes {

long long beneficiaryCount(const std::string& uri)
{
    RawPg raw(uri);
    return raw.scalar("SELECT count(*) FROM beneficiaries");
}

std::vector<Row> all(const std::string& uri, int runs)
{
    auto workspace = openWorkspace(uri);
    RawPg raw(uri);
    const std::int64_t id =
        raw.scalar("SELECT beneficiary_id FROM (SELECT beneficiary_id, count(*) AS n FROM interviews"
                   " GROUP BY beneficiary_id UNION ALL SELECT beneficiary_id, count(*) FROM plan_steps"
                   " GROUP BY beneficiary_id) AS t GROUP BY beneficiary_id ORDER BY sum(n) DESC LIMIT 1");
    const std::int64_t other = raw.scalar(
        ("SELECT beneficiary_id FROM case_files WHERE beneficiary_id <> " + std::to_string(id) + " LIMIT 1").c_str());
    services::CaseFiles reading(*workspace, kClock, benchUser(*workspace, Role::Supervisor, "bench-superviseur"));
    services::CaseFiles writing(*workspace, kClock,
                                benchUser(*workspace, Role::Counsellor, counsellorOf(*workspace, id)));
    return {firstPage(raw, reading, runs), search(raw, reading, runs), openCaseFile(raw, reading, id, runs),
            autosave(raw, writing, id, other, runs)};
}

} // namespace ServerProbes
