// The counsellor's week at scale: the agenda of the busiest counsellor's week and their « À faire »
// list, each against the bare indexed queries that read the same rows.
#include "Probes.h"

#include "BenchSupport.h"
#include "RawDb.h"

#include "domain/DueWork.h"
#include "services/Agenda.h"
#include "services/Workspace.h"
#include "storage/Database.h"

using namespace trame;
using namespace bench;

namespace {

// The same rows as AppointmentRepository::agendaOf, through the index on (counsellor, day).
constexpr const char* kBareWeek =
    "SELECT a.id, a.beneficiary_id, a.day, a.start_minute, a.duration_minutes, a.kind, a.place, a.counsellor,"
    " a.status, a.note, a.interview_id, a.version, b.first_name, b.last_name"
    " FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id"
    " WHERE a.counsellor = ?1 AND a.day >= ?2 AND a.day <= ?3 ORDER BY a.day, a.start_minute, a.id";

// The same rows as FollowUpRepository::activeOf and AppointmentRepository::unqualifiedOf.
constexpr const char* kBareFollowUps =
    "SELECT b.id, b.first_name, b.last_name, c.rhythm,"
    " (SELECT max(i.held_on) FROM interviews i WHERE i.beneficiary_id = b.id),"
    " (SELECT max(a.day) FROM appointments a WHERE a.beneficiary_id = b.id AND a.status = 'seen' AND a.day <= ?2),"
    " b.next_appointment,"
    " (SELECT a.day FROM appointments a WHERE a.beneficiary_id = b.id AND a.status = 'unknown'"
    "  AND (a.day > ?2 OR (a.day = ?2 AND a.start_minute >= ?3)) ORDER BY a.day, a.start_minute LIMIT 1),"
    " (SELECT a.start_minute FROM appointments a WHERE a.beneficiary_id = b.id AND a.status = 'unknown'"
    "  AND (a.day > ?2 OR (a.day = ?2 AND a.start_minute >= ?3)) ORDER BY a.day, a.start_minute LIMIT 1),"
    " b.open_due,"
    " (SELECT p.entry_date FROM support_periods p WHERE p.beneficiary_id = b.id AND p.exit_date IS NULL),"
    " (SELECT g.max_months FROM support_periods p JOIN programmes g ON g.code = p.programme"
    "  WHERE p.beneficiary_id = b.id AND p.exit_date IS NULL),"
    " (SELECT pp.expected_end FROM support_periods p JOIN period_pauses pp ON pp.period_id = p.id"
    "  WHERE p.beneficiary_id = b.id AND p.exit_date IS NULL AND pp.until_date IS NULL)"
    " FROM beneficiaries b LEFT JOIN case_files c ON c.beneficiary_id = b.id"
    " WHERE b.counsellor = ?1 AND b.status = 'active' ORDER BY b.id";
constexpr const char* kBareUnqualified =
    "SELECT a.id, a.beneficiary_id, a.day, a.start_minute, a.duration_minutes, a.kind, a.place, a.counsellor,"
    " a.status, a.note, a.interview_id, a.version, b.first_name, b.last_name"
    " FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id"
    " WHERE a.counsellor = ?1 AND a.day <= ?2 AND a.status = 'unknown' ORDER BY a.day, a.start_minute, a.id";

void bindText(sqlite3_stmt* stmt, int index, const std::string& text)
{
    sqlite3_bind_text(stmt, index, text.c_str(), -1, SQLITE_TRANSIENT);
}

} // namespace

namespace Probes {

std::vector<Row> agenda(const std::string& path, int runs)
{
    auto workspace = openWorkspace(path);
    RawDb raw(workspace->database().handle());
    // The counsellor with the most people: the longest lists.
    sqlite3_stmt* busiest =
        raw.statement("SELECT counsellor FROM beneficiaries GROUP BY counsellor ORDER BY count(*) DESC LIMIT 1");
    if (sqlite3_step(busiest) != SQLITE_ROW)
        throw std::runtime_error("no beneficiary to measure an agenda on");
    const std::string counsellor = reinterpret_cast<const char*>(sqlite3_column_text(busiest, 0));
    sqlite3_reset(busiest);
    const services::Agenda agenda(*workspace, kClock, benchUser(*workspace, Role::Counsellor, counsellor));
    const LocalTime now = kClock.localNow();
    const Date monday = rules::weekStart(now.day);
    const std::string from = monday.toString(), to = monday.addDays(6).toString(), today = now.day.toString();

    Row week =
        makeRow("agenda: the busiest counsellor's week", "bare indexed query of the same rows", "ratio <= 1.5", 1.5);
    const auto w =
        measureInterleaved(runs, {[&] {
                                      sqlite3_stmt* s = raw.statement(kBareWeek);
                                      bindText(s, 1, counsellor);
                                      bindText(s, 2, from);
                                      bindText(s, 3, to);
                                      raw.drain(s);
                                  },
                                  [&] { agenda.appointments(counsellor, monday, monday.addDays(6)).value(); }});
    week.floorValue = w[0];
    week.value = w[1];

    Row due =
        makeRow("À faire: the busiest counsellor's list", "bare indexed queries of the same rows", "ratio <= 1.5", 1.5);
    const auto d = measureInterleaved(runs, {[&] {
                                                 sqlite3_stmt* s = raw.statement(kBareFollowUps);
                                                 bindText(s, 1, counsellor);
                                                 bindText(s, 2, today);
                                                 sqlite3_bind_int(s, 3, now.minute);
                                                 raw.drain(s);
                                                 sqlite3_stmt* u = raw.statement(kBareUnqualified);
                                                 bindText(u, 1, counsellor);
                                                 bindText(u, 2, today);
                                                 raw.drain(u);
                                             },
                                             [&] { agenda.due(counsellor).value(); }});
    due.floorValue = d[0];
    due.value = d[1];
    return {week, due};
}

} // namespace Probes
