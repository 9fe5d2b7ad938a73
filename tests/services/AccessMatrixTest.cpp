// Checks every cell of the access matrix in docs/security.md against the services: the document
// is the specification, and this test fails the day either of them changes alone.
#include "services/Accounts.h"
#include "services/AuditTrail.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/DataRights.h"
#include "services/Exchange.h"
#include "services/Maintenance.h"
#include "services/Reviews.h"
#include "services/ServerSetup.h"
#include "services/SupportPeriods.h"
#include "services/Workspace.h"
#include "storage/AuditRepository.h"
#include "storage/RecordLoader.h"
#include "support/ManualClock.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <set>

using namespace trame;
using namespace trame::services;

namespace {

const ManualClock kClock{std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                         std::chrono::hours(9)};

struct Row {
    std::string code;
    std::array<bool, 5> allowed; // administrateur, superviseur, conseiller own, conseiller others', stagiaire
};

std::vector<Row> matrixFromDocs()
{
    std::ifstream doc(std::string(TRAME_SOURCE_DIR) + "/docs/security.md");
    REQUIRE(doc);
    std::vector<Row> rows;
    bool inside = false;
    const std::regex line(R"(^\| .*\(`([a-z_]+)`\) \| (✓|✗) \| (✓|✗) \| (✓|✗) \| (✓|✗) \| (✓|✗) \|$)");
    for (std::string text; std::getline(doc, text);) {
        if (text.find("access-matrix:begin") != std::string::npos)
            inside = true;
        else if (text.find("access-matrix:end") != std::string::npos)
            inside = false;
        std::smatch m;
        if (inside && std::regex_match(text, m, line))
            rows.push_back({m[1], {m[2] == "✓", m[3] == "✓", m[4] == "✓", m[5] == "✓", m[6] == "✓"}});
    }
    return rows;
}

// A database with an account of each role and two counsellors' people, both waiting for review;
// made once, copied for each cell so that no cell sees another's effects. On a server, it is
// prepared by server init and each cell is reached as a workstation would reach it: through the
// workstations' role, each user signing in on the server, its row-level security in force.
struct Template {
    std::string location;   // a file, or the owner's URI of a server database
    std::string serverName; // "" for a file
    std::string role;       // the workstations' role and its password, on a server
    std::string password;
};

const Template& templateDatabase()
{
    static TempDir dir;
    static TestDatabase database(dir, "matrix.sqlite");
    static const Template made = [] {
        Template t{database.location(), database.serverName(), {}, {}};
        auto workspace = Workspace::open(t.location).value();
        if (!t.serverName.empty()) {
            const auto setup = prepareServer(*workspace, t.location).value();
            t.role = setup.role;
            t.password = setup.workstationUri.substr(setup.workstationUri.find(':', 14) + 1);
            t.password = t.password.substr(0, t.password.find('@'));
        }
        signInAs(*workspace, kClock, Role::Supervisor, "sup");
        signInAs(*workspace, kClock, Role::Trainee, "stag");
        for (const char* login : {"ca", "cb"}) {
            const Actor counsellor = signInAs(*workspace, kClock, Role::Counsellor, login);
            CaseFiles cases(*workspace, kClock, counsellor);
            const std::int64_t id = cases.create(sampleRecord(0, login).person).value();
            REQUIRE(Reviews(*workspace, kClock, counsellor).submit(id, "").ok());
        }
        return t;
    }();
    return made;
}

// One cell's own copy of the template: a file copied, or a server database made from it.
class CellDatabase {
public:
    CellDatabase()
    {
        const Template& t = templateDatabase();
        if (t.serverName.empty()) {
            m_location = m_dir.file("cell.sqlite");
            std::filesystem::copy_file(t.location, m_location);
            return;
        }
        static int counter = 0;
        m_serverName = t.serverName + "_c" + std::to_string(++counter);
        runAsTestServerAdmin("postgres", "CREATE DATABASE " + m_serverName + " TEMPLATE " + t.serverName);
        m_location = testServerUri(m_serverName, t.role, t.password);
        m_owner = testServerUri(m_serverName);
    }
    ~CellDatabase()
    {
        if (!m_serverName.empty())
            runAsTestServerAdmin("postgres", "DROP DATABASE IF EXISTS " + m_serverName + " WITH (FORCE)");
    }
    CellDatabase(const CellDatabase&) = delete;
    CellDatabase& operator=(const CellDatabase&) = delete;
    const std::string& location() const { return m_location; }
    // Where the trail is counted from: the file itself, or the owner's connection (a counsellor's
    // session reads no entry of the trail).
    const std::string& auditReader() const { return m_owner.empty() ? m_location : m_owner; }

private:
    TempDir m_dir;
    std::string m_serverName;
    std::string m_location;
    std::string m_owner;
};

enum class Outcome { Allowed, Refused };

struct Cell {
    Workspace& workspace;
    const Actor& actor;
    std::int64_t target;     // a case file: the acting counsellor's own, or someone else's
    std::string setupReader; // where a cell reads what it needs to act: the file, or the owner

    Outcome of(const Status& status) const
    {
        if (status)
            return Outcome::Allowed;
        INFO(status.error().describe());
        REQUIRE(status.error().kind == ErrorKind::Denied);
        return Outcome::Refused;
    }
    template <typename T> Outcome of(const Result<T>& result) const
    {
        return of(result ? Status(Ok{}) : Status(result.error()));
    }
};

Result<SupportPeriod> closeAs(Cell& c, const Actor& actor)
{
    Bilan bilan;
    bilan.text = "Embauchée en CDI comme gardienne.";
    return SupportPeriods(c.workspace, kClock, actor)
        .close(c.target, {kClock.today(), "cdi", FseSituation::Employed}, bilan);
}

const std::map<std::string, std::function<Outcome(Cell&)>>& operations()
{
    static const std::map<std::string, std::function<Outcome(Cell&)>> ops = {
        {"read_references", [](Cell& c) { return c.of(CaseFiles(c.workspace, kClock, c.actor).references()); }},
        {"list_case_files",
         [](Cell& c) {
             auto found = CaseFiles(c.workspace, kClock, c.actor).find({});
             if (!found)
                 return c.of(found);
             for (const auto& row : *found)
                 if (row.id == c.target)
                     return Outcome::Allowed;
             return Outcome::Refused; // listed, but not this person
         }},
        {"export_list",
         [](Cell& c) {
             auto rows = CaseFiles(c.workspace, kClock, c.actor).exportList({});
             if (!rows)
                 return c.of(rows);
             for (const auto& row : *rows)
                 if (row.id == c.target)
                     return Outcome::Allowed;
             return Outcome::Refused; // exported, but not this person
         }},
        {"read_case_file", [](Cell& c) { return c.of(CaseFiles(c.workspace, kClock, c.actor).open(c.target)); }},
        {"create_case_file",
         [](Cell& c) { return c.of(CaseFiles(c.workspace, kClock, c.actor).create(sampleRecord(0, "Neuf").person)); }},
        {"edit_case_file",
         [](Cell& c) {
             // Read as the database's owner: on a server, a trainee's session reads no case file.
             auto owner = Workspace::open(c.setupReader).value();
             CaseFile file = storage::loadRecord(owner->database(), c.target).value().caseFile;
             file.situation = "Nouvelle situation";
             return c.of(CaseFiles(c.workspace, kClock, c.actor).saveCaseFile(file));
         }},
        {"submit_for_review",
         [](Cell& c) {
             // The round opened by the template is closed first, so that only the rule decides.
             const Actor sup = Accounts(c.workspace, kClock).signIn("sup", kTestPassword).value();
             REQUIRE(Reviews(c.workspace, kClock, sup).validate(c.target, "").ok());
             return c.of(Reviews(c.workspace, kClock, c.actor).submit(c.target, ""));
         }},
        {"review_case_file",
         [](Cell& c) {
             return c.of(Reviews(c.workspace, kClock, c.actor).comment(c.target, CaseSection::Plan, "À revoir"));
         }},
        {"reassign", [](Cell& c) { return c.of(CaseFiles(c.workspace, kClock, c.actor).reassign(c.target, "cb")); }},
        {"export_person",
         [](Cell& c) {
             ExportOptions one;
             one.beneficiary = c.target;
             return c.of(Exchange(c.workspace, kClock, c.actor).exportText(one));
         }},
        {"export_all", [](Cell& c) { return c.of(Exchange(c.workspace, kClock, c.actor).exportText({})); }},
        {"import",
         [](Cell& c) {
             Document doc;
             doc.beneficiaries = {sampleRecord(90, "Importé")};
             return c.of(Exchange(c.workspace, kClock, c.actor).import(serializeDocument(doc)));
         }},
        {"erase_person", [](Cell& c) { return c.of(DataRights(c.workspace, kClock, c.actor).erase(c.target)); }},
        {"apply_retention",
         [](Cell& c) { return c.of(DataRights(c.workspace, kClock, c.actor).retentionCandidates()); }},
        {"manage_accounts", [](Cell& c) { return c.of(Accounts(c.workspace, kClock).list(c.actor)); }},
        {"back_up",
         [](Cell& c) {
             TempDir dir;
             const Status done = backup(c.workspace, kClock, c.actor, dir.file("copy.sqlite"));
             // A server is backed up by PostgreSQL: once the rule let the user through, it says so.
             if (!done && done.error().message.find("pg_dump") != std::string::npos)
                 return Outcome::Allowed;
             return c.of(done);
         }},
        {"read_audit", [](Cell& c) { return c.of(AuditTrail(c.workspace, kClock, c.actor).list({})); }},
        {"purge_audit", [](Cell& c) { return c.of(AuditTrail(c.workspace, kClock, c.actor).purge()); }},
        {"edit_profile",
         [](Cell& c) {
             auto owner = Workspace::open(c.setupReader).value();
             Beneficiary person = storage::loadRecord(owner->database(), c.target).value().person;
             person.phone = "01 02 03 04 05";
             return c.of(CaseFiles(c.workspace, kClock, c.actor).savePerson(person));
         }},
        {"pause_follow_up",
         [](Cell& c) {
             return c.of(SupportPeriods(c.workspace, kClock, c.actor)
                             .pause(c.target, {kClock.today(), std::nullopt, std::nullopt, "Hospitalisation"}));
         }},
        {"close_follow_up", [](Cell& c) { return c.of(closeAs(c, c.actor)); }},
        {"reopen_follow_up",
         [](Cell& c) {
             // Closed first by the person's own counsellor, so that only the rule decides.
             const Actor own = Accounts(c.workspace, kClock).signIn(c.target == 1 ? "ca" : "cb", kTestPassword).value();
             REQUIRE(closeAs(c, own).ok());
             SupportPeriod next;
             next.entryDate = kClock.today();
             next.programme = "plie";
             return c.of(SupportPeriods(c.workspace, kClock, c.actor).reopen(c.target, next));
         }},
        {"correct_follow_up",
         [](Cell& c) {
             // A closed period, corrected: closed first by the person's own counsellor.
             const Actor own = Accounts(c.workspace, kClock).signIn(c.target == 1 ? "ca" : "cb", kTestPassword).value();
             const SupportPeriod closed = closeAs(c, own).value();
             Bilan bilan = *closed.bilan;
             bilan.text = "Embauchée en CDI comme gardienne d’immeuble.";
             return c.of(SupportPeriods(c.workspace, kClock, c.actor).correctExit(closed, *closed.exit, bilan));
         }},
        {"keep_referentials",
         [](Cell& c) {
             return c.of(SupportPeriods(c.workspace, kClock, c.actor).saveProgramme({"plie", "PLIE", 36, "", true}));
         }},
    };
    return ops;
}

std::int64_t deniedEntries(const std::string& location)
{
    AuditFilter filter;
    filter.action = AuditAction::Denied;
    auto reader = Workspace::open(location).value();
    return static_cast<std::int64_t>(storage::AuditRepository(reader->database()).list(filter).value().size());
}

} // namespace

TEST_CASE("docs/security.md lists every action of the program", "[security]")
{
    const auto rows = matrixFromDocs();
    std::set<std::string> documented;
    for (const Row& row : rows)
        documented.insert(row.code);
    std::set<std::string> actions;
    for (Action action : allEnumerators<Action>())
        actions.insert(std::string(toString(action)));
    CHECK(documented == actions);
    CHECK(rows.size() == actions.size()); // no action twice
    for (const auto& [code, op] : operations())
        CHECK(actions.count(code) == 1);
    CHECK(operations().size() == actions.size());
}

TEST_CASE("Every cell of the access matrix holds at the service layer and on a server with its own rules too",
          "[security]")
{
    const char* const columns[] = {"administrateur", "superviseur", "conseiller: own", "conseiller: others'",
                                   "stagiaire"};
    const char* const logins[] = {"admin", "sup", "ca", "ca", "stag"};
    for (const Row& row : matrixFromDocs()) {
        for (std::size_t column = 0; column < 5; ++column) {
            DYNAMIC_SECTION(row.code << " by " << columns[column])
            {
                const CellDatabase database;
                auto workspace = Workspace::open(database.location()).value();
                const Actor actor = Accounts(*workspace, kClock).signIn(logins[column], kTestPassword).value();
                // Person 1 is ca's; person 2 is cb's: "others'" for ca, and any file for the rest.
                Cell cell{*workspace, actor, column == 2 ? 1 : 2, database.auditReader()};
                if (column != 2 && column != 3)
                    cell.target = 1;
                const std::int64_t deniedBefore = deniedEntries(database.auditReader());
                const Outcome outcome = operations().at(row.code)(cell);
                CHECK(outcome == (row.allowed[column] ? Outcome::Allowed : Outcome::Refused));
                // A list without someone else's people is not a refusal: it is the counsellor's list.
                const bool narrowed = (row.code == "list_case_files" || row.code == "export_list") && column == 3;
                if (outcome == Outcome::Refused && !narrowed)
                    CHECK(deniedEntries(database.auditReader()) == deniedBefore + 1); // the refusal is logged
            }
        }
    }
}
