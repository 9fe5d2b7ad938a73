#include "Probes.h"

#include "BenchSupport.h"
#include "RawDb.h"

#include "beneficiaries/BeneficiaryListModel.h"
#include "casefile/CaseFileView.h"
#include "domain/Document.h"
#include "services/Accounts.h"
#include "services/Appointments.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/SupportPeriods.h"
#include "services/Workspace.h"
#include "shell/Launcher.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "signin/LoginDialog.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Columns.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>

using namespace trame;
using namespace bench;

namespace {

// The columns the beneficiary list reads (BeneficiaryRepository::find): the row, the agreed next
// appointment and the earliest open step, what the alerts need of the open period, and the next
// planned appointment from `today` (a parameter).
std::string listColumns(const std::string& today)
{
    return std::string("b.id, b.civility, b.first_name, b.last_name, b.status, b.counsellor, b.next_appointment,"
                       " b.open_due, ") +
           storage::columns::kPeriodAlertColumns +
           ", (SELECT min(a.day) FROM appointments a WHERE a.beneficiary_id = b.id AND a.status = 'unknown'"
           " AND a.day >= " +
           today + ")";
}

const std::string kSearchListed = "SELECT " + listColumns("?2") +
                                  " FROM beneficiary_search f JOIN beneficiaries b ON b.id = f.rowid"
                                  " WHERE beneficiary_search MATCH ?1 LIMIT 50";

} // namespace

namespace Probes {

// The person with the most rows: the case file that is slowest to open.
std::int64_t largestCaseFile(const std::string& path)
{
    RawDb raw(path);
    return raw.scalar("SELECT beneficiary_id FROM (SELECT beneficiary_id, count(*) AS n FROM interviews"
                      " GROUP BY beneficiary_id UNION ALL SELECT beneficiary_id, count(*) FROM plan_steps"
                      " GROUP BY beneficiary_id) GROUP BY beneficiary_id ORDER BY sum(n) DESC LIMIT 1");
}

long long beneficiaryCount(const std::string& path)
{
    RawDb raw(path);
    return raw.scalar("SELECT count(*) FROM beneficiaries");
}

std::vector<Row> startup(const std::string& program, const std::string& path, int runs)
{
    // Whole processes, as a person starts Trame: loading, QApplication, fonts, the file, the window.
    const auto run = [&](const char* mode) {
        const pid_t pid = fork();
        if (pid == 0) {
            execl(program.c_str(), program.c_str(), "--child", mode, path.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            throw std::runtime_error(std::string("the start-up child failed: ") + mode);
    };
    // The first window is the sign-in dialog, over the opened and migrated file.
    // Then, for information, a password check (Argon2id, 19 MiB and 2 passes: slow on purpose) and
    // the main window.
    const auto t = measureInterleaved(
        runs, {[&] { run("bare"); }, [&] { run("login"); }, [&] { run("text"); }, [&] { run("app"); }}, 1);
    Row row =
        makeRow("start to the first window shown (sign-in)", "bare QApplication + QMainWindow", "ratio <= 1.5", 1.5);
    row.floorValue = t[0];
    row.value = t[1];
    Row text = makeRow("start to the first window shown (same, fair floor)", "QMainWindow with one line of text",
                       "ratio <= 1.5", 1.5);
    text.value = t[1];
    text.floorValue = t[2];
    Row signedIn =
        makeRow("start, sign-in and the main window", "bare QApplication + QMainWindow", "(for information)", 1e9);
    signedIn.floorValue = t[0];
    signedIn.value = t[3];
    return {row, text, signedIn};
}

std::vector<Row> search(const std::string& path, int runs)
{
    auto workspace = openWorkspace(path);
    RawDb raw(workspace->database().handle());
    // Each body goes through the ten prefixes in the same order, so that all three see the same
    // queries whatever the rounds' order.
    const std::string today = kClock.today().toString();
    const auto bareQuery = [&raw, &today](const char* sql, int& n) {
        sqlite3_stmt* stmt = raw.statement(sql);
        const std::string query = std::string("\"") + kPrefixes[n++ % 10] + "\"*";
        sqlite3_bind_text(stmt, 1, query.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_bind_parameter_count(stmt) > 1)
            sqlite3_bind_text(stmt, 2, today.c_str(), -1, SQLITE_TRANSIENT);
        raw.drain(stmt);
    };
    services::CaseFiles caseFiles(*workspace, kClock, benchUser(*workspace, Role::Supervisor, "bench-superviseur"));
    BeneficiaryListModel model(caseFiles);
    int idsOnly = 0, listed = 0, typed = 0;
    const auto t = measureInterleaved(
        runs,
        {[&] { bareQuery("SELECT rowid FROM beneficiary_search WHERE beneficiary_search MATCH ?1 LIMIT 50", idsOnly); },
         [&] {
             BeneficiaryQuery query;
             query.search = kPrefixes[typed++ % 10];
             query.today = kClock.today();
             model.setQuery(query);
         },
         [&] { bareQuery(kSearchListed.c_str(), listed); }});
    Row row = makeRow("search: 3-letter prefix to the first 50 rows", "bare FTS5 query, LIMIT 50", "ratio <= 1.5", 1.5);
    row.floorValue = t[0];
    row.value = t[1];
    Row same =
        makeRow("search (same, fair floor)", "bare FTS5 query returning the listed columns", "ratio <= 1.5", 1.5);
    same.value = t[1];
    same.floorValue = t[2];
    return {row, same};
}

Row firstPage(const std::string& path, int runs)
{
    const std::string today = kClock.today().toString();
    Row row = makeRow("first page of the beneficiary list", "bare LIMIT 50 query", "ratio <= 1.5", 1.5);
    auto workspace = openWorkspace(path);
    RawDb raw(workspace->database().handle());
    services::CaseFiles caseFiles(*workspace, kClock, benchUser(*workspace, Role::Supervisor, "bench-superviseur"));
    BeneficiaryListModel model(caseFiles);
    const auto t =
        measureInterleaved(runs, {[&] {
                                      // The same columns as the list's query: the page shows the next appointment,
                                      // colours a person whose follow-up is overdue, and reads what the alerts need of
                                      // the open period.
                                      sqlite3_stmt* stmt = raw.statement(
                                          "SELECT " + listColumns("?1") +
                                          " FROM beneficiaries b ORDER BY b.last_name, b.first_name, b.id LIMIT 50");
                                      sqlite3_bind_text(stmt, 1, today.c_str(), -1, SQLITE_TRANSIENT);
                                      raw.drain(stmt);
                                  },
                                  [&] {
                                      BeneficiaryQuery query;
                                      query.today = kClock.today();
                                      model.setQuery(query);
                                  }});
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

std::vector<Row> openLargestCaseFile(const std::string& path, int runs)
{
    const std::int64_t id = largestCaseFile(path);
    Row data = makeRow("open the largest case file (data)", "the same rows, bare queries", "ratio <= 2", 2);
    auto workspace = openWorkspace(path);
    RawDb raw(workspace->database().handle());
    const char* const queries[] = {"SELECT * FROM beneficiaries WHERE id = ?1",
                                   "SELECT * FROM case_files WHERE beneficiary_id = ?1",
                                   "SELECT * FROM obstacles WHERE beneficiary_id = ?1 ORDER BY position",
                                   "SELECT * FROM posture_items WHERE beneficiary_id = ?1 ORDER BY position",
                                   "SELECT * FROM tool_uses WHERE beneficiary_id = ?1 ORDER BY position",
                                   "SELECT * FROM referrals WHERE beneficiary_id = ?1 ORDER BY position",
                                   "SELECT * FROM plan_steps WHERE beneficiary_id = ?1 ORDER BY position",
                                   "SELECT * FROM indicators WHERE beneficiary_id = ?1 ORDER BY position",
                                   "SELECT * FROM interviews WHERE beneficiary_id = ?1 ORDER BY held_on, id",
                                   "SELECT e.* FROM interview_entries e JOIN interviews i ON i.id = e.interview_id"
                                   " WHERE i.beneficiary_id = ?1 ORDER BY e.interview_id, e.rowid",
                                   "SELECT * FROM support_periods WHERE beneficiary_id = ?1 ORDER BY entry_date",
                                   "SELECT p.* FROM period_pauses p JOIN support_periods s ON s.id = p.period_id"
                                   " WHERE s.beneficiary_id = ?1 ORDER BY p.period_id, p.position",
                                   // the Support period page reads the lists its words come from
                                   "SELECT * FROM programmes WHERE ?1 IS NOT NULL ORDER BY code",
                                   "SELECT * FROM exit_reasons WHERE ?1 IS NOT NULL ORDER BY code"};
    const auto bareReads = [&] {
        for (const char* sql : queries) {
            sqlite3_stmt* stmt = raw.statement(sql);
            sqlite3_bind_int64(stmt, 1, id);
            raw.drain(stmt);
        }
    };
    const services::Actor reader = benchUser(*workspace, Role::Supervisor, "bench-superviseur");
    services::CaseFiles caseFiles(*workspace, kClock, reader);
    services::SupportPeriods periods(*workspace, kClock, reader);
    services::Appointments appointments(*workspace, kClock, reader);
    const auto t = measureInterleaved(runs, {bareReads, [&] {
                                                 if (!caseFiles.open(id))
                                                     throw std::runtime_error("cannot open the case file");
                                             }});
    data.floorValue = t[0];
    data.value = t[1];

    // Into the view: against the bare reads, as the issue sets it, and against the same view
    // showing a case file with nothing in it, which tells the data's share from the widgets'.
    const auto references = caseFiles.references().value();
    BeneficiaryRecord empty;
    empty.person = caseFiles.open(id).value().person;
    empty.caseFile.beneficiaryId = id;
    const auto show = [&](const BeneficiaryRecord& record) {
        CaseFileView caseView;
        caseView.showCaseFile(record, caseFiles, periods, appointments, references, kClock.today());
        caseView.resize(1100, 700);
        caseView.show();
        QApplication::processEvents();
    };
    const auto v =
        measureInterleaved(runs, {bareReads, [&] { show(empty); }, [&] { show(caseFiles.open(id).value()); }});
    Row view = makeRow("open the largest case file into the case view", "the same rows, bare queries", "ratio <= 2", 2);
    view.floorValue = v[0];
    view.value = v[2];
    Row widgets =
        makeRow("open into the view (same, fair floor)", "the same view showing an empty case file", "ratio <= 2", 2);
    widgets.floorValue = v[1];
    widgets.value = v[2];
    return {data, view, widgets};
}

Row autosave(const std::string& path, int runs)
{
    const std::int64_t id = largestCaseFile(path);
    Row row = makeRow("autosave of one field", "bare one-row UPDATE commit", "ratio <= 1.3", 1.3);
    auto workspace = openWorkspace(path);
    RawDb raw(workspace->database().handle());
    // The floor writes another person's case file: writing the same row behind the service's back
    // would make its next save a conflict.
    const std::int64_t other =
        raw.scalar("SELECT beneficiary_id FROM case_files WHERE beneficiary_id <> " + std::to_string(id) + " LIMIT 1");
    services::CaseFiles caseFiles(*workspace, kClock,
                                  benchUser(*workspace, Role::Counsellor, counsellorOf(*workspace, id)));
    CaseFile caseFile = caseFiles.open(id).value().caseFile;
    int bare = 0, typed = 0;
    const auto t = measureInterleaved(runs, {[&] {
                                                 raw.exec("BEGIN IMMEDIATE");
                                                 sqlite3_stmt* stmt = raw.statement(
                                                     "UPDATE case_files SET situation = ?1 WHERE beneficiary_id = ?2");
                                                 const std::string text = "Situation " + std::to_string(bare++);
                                                 sqlite3_bind_text(stmt, 1, text.c_str(), -1, SQLITE_TRANSIENT);
                                                 sqlite3_bind_int64(stmt, 2, other);
                                                 raw.step(stmt);
                                                 raw.exec("COMMIT");
                                             },
                                             [&] {
                                                 caseFile.situation = "Situation saisie " + std::to_string(typed++);
                                                 if (!caseFiles.saveCaseFile(caseFile))
                                                     throw std::runtime_error("save failed");
                                             }});
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

Row exportAll(const std::string& path, int runs)
{
    Row row = makeRow("export of every beneficiary to JSON", "nlohmann dump of the same data in memory",
                      "ratio <= 2 (>= 50 %)", 2);
    auto workspace = openWorkspace(path);
    services::Exchange exchange(*workspace, kClock, benchUser(*workspace, Role::Administrator, "bench-admin"));
    const Document inMemory = exchange.collect({}).value();
    const std::string exported = serializeDocument(inMemory);
    const auto t = measureInterleaved(runs,
                                      {[&] {
                                           if (serializeDocument(inMemory).size() != exported.size())
                                               throw std::runtime_error("dump differs");
                                       },
                                       [&] {
                                           if (exchange.exportText({}).value().size() != exported.size())
                                               throw std::runtime_error("export differs");
                                       }},
                                      0);
    row.floorValue = t[0];
    row.value = t[1];
    return row;
}

int child(const std::string& mode, const std::string& path)
{
    int argc = 1;
    char name[] = "trame-bench";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    std::unique_ptr<QMainWindow> bare;
    std::unique_ptr<services::Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<services::Accounts> accounts;
    std::unique_ptr<LoginDialog> login;
    if (mode == "bare" || mode == "memory-bare" || mode == "text") {
        bare = std::make_unique<QMainWindow>();
        bare->resize(1280, 800);
        if (mode == "text") // text means fonts: what any real window pays
            bare->setCentralWidget(new QLabel(QStringLiteral("Bénéficiaires")));
        bare->show();
    } else {
        describeApplication(app);
        Translations::install(QStringLiteral("fr"));
        workspace = openWorkspace(path);
        if (mode == "login") {
            accounts = std::make_unique<services::Accounts>(*workspace, kClock);
            login = std::make_unique<LoginDialog>(*accounts);
            login->show();
            QApplication::processEvents();
            return 0;
        }
        window = std::make_unique<MainWindow>(*workspace, kClock,
                                              benchUser(*workspace, Role::Supervisor, "bench-superviseur"));
        window->resize(1280, 800);
        window->show();
        if (mode == "memory-app")
            window->openCaseFile(largestCaseFile(path));
    }
    QApplication::processEvents();
    if (mode.rfind("memory-", 0) == 0) {
        // The peak resident set of this process, as the kernel counted it.
        std::ifstream status("/proc/self/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmHWM:", 0) == 0)
                std::printf("%s\n", line.c_str() + 6);
    }
    return 0;
}

Row peakMemory(const std::string& program, const std::string& path)
{
    const auto childPeak = [&](const char* mode) -> double {
        const std::string command = "'" + program + "' --child " + mode + " '" + path + "'";
        FILE* pipe = popen(command.c_str(), "r");
        if (!pipe)
            throw std::runtime_error("cannot run the memory child");
        long kilobytes = 0;
        if (std::fscanf(pipe, " %ld", &kilobytes) != 1)
            kilobytes = 0;
        pclose(pipe);
        return static_cast<double>(kilobytes) / 1024.0; // MiB
    };
    Row row = makeRow("peak resident memory, app with a case open", "bare QApplication + QMainWindow");
    row.unit = "MB";
    row.target = "<= 80 MB";
    row.limit = 80;
    row.floorValue.median = row.floorValue.p95 = childPeak("memory-bare");
    row.value.median = row.value.p95 = childPeak("memory-app");
    return row;
}

} // namespace Probes
