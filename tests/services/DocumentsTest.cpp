// The documents about a person through the service, on both back ends: who may print what (the
// rule of opening the file; a trainee prints only the guide's cases), the record each document is
// about (the latest interview, the next appointment, the last closed period, or the one asked for),
// one export entry per document naming it, and the administrator's letterhead on every one.
#include "services/Documents.h"

#include "services/Appointments.h"
#include "services/AuditTrail.h"
#include "services/CaseFiles.h"
#include "services/Letterheads.h"
#include "services/Maintenance.h"
#include "services/SupportPeriods.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

using namespace trame;
using namespace trame::services;

namespace {

struct Fixture : ServiceFixture {
    Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    Actor colleague = signInAs(*workspace, clock, Role::Counsellor, "sdupont");
    Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    Actor trainee = signInAs(*workspace, clock, Role::Trainee, "stagiaire");
    Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    CaseFiles cases{*workspace, clock, counsellor};
    Documents documents{*workspace, clock, counsellor};
    BeneficiaryRecord sample = sampleRecord(0, "Benali");
    std::int64_t id = cases.create(sample.person).value();

    std::int64_t interviewOn(const Date& day)
    {
        Interview interview = sample.interviews.front();
        interview.id = 0;
        interview.beneficiaryId = id;
        interview.heldOn = day;
        interview.nextAppointment = day.addDays(14);
        const Status saved = cases.saveInterview(interview);
        INFO((saved ? std::string() : saved.error().describe()));
        REQUIRE(saved.ok());
        return interview.id;
    }

    std::vector<AuditEntry> exports()
    {
        AuditFilter filter;
        filter.action = AuditAction::Export;
        return AuditTrail(*workspace, clock, admin).list(filter).value();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A counsellor's action plan holds the file, its counsellor and labels, and is one export",
                 "[documents]")
{
    CaseFile file = cases.open(id).value().caseFile;
    file.plan = sample.caseFile.plan;
    file.obstacles = sample.caseFile.obstacles;
    REQUIRE(cases.saveCaseFile(file).ok());

    const auto source = documents.source(DocumentKind::Plan, id);
    REQUIRE(source.ok());
    CHECK(source->record.person.lastName == "Benali");
    CHECK(source->record.caseFile.plan.size() == 2);
    CHECK(source->counsellorName == "cmartin");
    CHECK_FALSE(source->catalogue.empty());
    CHECK(source->letterhead.isEmpty());
    CHECK(source->producedAt == clock.localNow());
    CHECK(source->subject == 0);
    const auto entries = exports();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].recordKind == "beneficiary");
    CHECK(entries[0].recordId == id);
    CHECK(entries[0].detail == "document=plan");
    // A plan is about the whole file: naming a record is a mistake, and exports nothing.
    CHECK(documents.source(DocumentKind::Plan, id, 3).error().kind == ErrorKind::Invalid);
    CHECK(exports().size() == 1);
}

TEST_CASE_METHOD(Fixture, "Who may print a person's documents: their counsellor and a supervisor, no one else",
                 "[documents][access]")
{
    CHECK(Documents(*workspace, clock, supervisor).source(DocumentKind::CaseFile, id).ok());
    for (const Actor* refused : {&colleague, &trainee, &admin}) {
        INFO(refused->login());
        const auto denied = Documents(*workspace, clock, *refused).source(DocumentKind::Plan, id);
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().kind == ErrorKind::Denied);
    }
    CHECK(exports().size() == 1); // the supervisor's only
    // Whether someone exists is not told to whom may not read them.
    CHECK(documents.source(DocumentKind::Plan, 9999).error().kind == ErrorKind::Denied);
    CHECK(Documents(*workspace, clock, supervisor).source(DocumentKind::Plan, 9999).error().kind ==
          ErrorKind::NotFound);
}

TEST_CASE_METHOD(Fixture, "An interview summary is about the latest interview unless another is asked", "[documents]")
{
    CHECK(documents.source(DocumentKind::Interview, id).error().kind == ErrorKind::NotFound);
    const std::int64_t older = interviewOn(Date(2026, 10, 5));
    const std::int64_t latest = interviewOn(Date(2026, 10, 19));
    CHECK(documents.source(DocumentKind::Interview, id).value().subject == latest);
    CHECK(documents.source(DocumentKind::Interview, id, older).value().subject == older);
    const auto other = documents.source(DocumentKind::Interview, id, latest + 100);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().kind == ErrorKind::NotFound);
    CHECK(other.error().path == "interview");
    const auto entries = exports();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].detail == "document=interview interview=" + std::to_string(older)); // newest first
    CHECK(entries[1].detail == "document=interview interview=" + std::to_string(latest));
}

TEST_CASE_METHOD(Fixture, "A convocation is for an appointment still to come", "[documents]")
{
    Appointments appointments(*workspace, clock, counsellor);
    Appointment next;
    next.beneficiaryId = id;
    next.start = {clock.today().addDays(3), 9 * 60 + 30};
    next.place = "Bureau 2";
    const Appointment planned = appointments.plan(next).value().appointment;
    next.start.day = clock.today().addDays(10);
    const Appointment later = appointments.plan(next).value().appointment;

    CHECK(documents.source(DocumentKind::Convocation, id).value().subject == planned.id);
    CHECK(documents.source(DocumentKind::Convocation, id, later.id).value().subject == later.id);
    clock.advance(std::chrono::hours(24 * 4)); // the first one has passed
    const auto passed = documents.source(DocumentKind::Convocation, id, planned.id);
    REQUIRE_FALSE(passed.ok());
    CHECK(passed.error().kind == ErrorKind::Invalid);
    CHECK(documents.source(DocumentKind::Convocation, id).value().subject == later.id);
}

TEST_CASE_METHOD(Fixture, "A bilan is the closed period's, never an open one's", "[documents]")
{
    SupportPeriods periods(*workspace, clock, counsellor);
    const auto open = documents.source(DocumentKind::Bilan, id);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().kind == ErrorKind::NotFound);
    const std::int64_t openPeriod = periods.history(id).value().front().id;
    CHECK(documents.source(DocumentKind::Bilan, id, openPeriod).error().kind == ErrorKind::Invalid);

    Bilan bilan = periods.draftBilan(id).value();
    bilan.text = "Embauchée en CDI après l’immersion.";
    REQUIRE(periods.close(id, {clock.today(), "cdi", FseSituation::Employed}, bilan).ok());
    const auto closed = documents.source(DocumentKind::Bilan, id);
    REQUIRE(closed.ok());
    CHECK(closed->subject == openPeriod);
    CHECK_FALSE(closed->programmes.empty());
    CHECK_FALSE(closed->exitReasons.empty());
    CHECK(closed->record.periods.front().bilan->text == bilan.text);
}

TEST_CASE_METHOD(Fixture, "The letterhead is the administrator's, checked, audited and on every document",
                 "[documents][letterhead]")
{
    Letterhead head{"Maison de l’emploi de l’Estuaire",
                    "2 rue des Quais\n44000 Nantes",
                    "02 40 00 00 00",
                    "accueil@mde-estuaire.fr",
                    "Association loi 1901",
                    "Votre pièce d’identité",
                    ""};
    head.logo = std::string("\x89PNG\r\n\x1a\n", 8) + "rest of a small image";
    CHECK(setLetterhead(*workspace, clock, counsellor, head).error().kind == ErrorKind::Denied);
    Letterhead wrong = head;
    wrong.logo = "GIF89a";
    CHECK(setLetterhead(*workspace, clock, admin, wrong).error().path == "letterhead.logo");
    wrong = head;
    wrong.name = std::string(400, 'x');
    CHECK(setLetterhead(*workspace, clock, admin, wrong).error().path == "letterhead.name");
    CHECK(letterhead(*workspace).value().isEmpty()); // refused changes leave none

    REQUIRE(setLetterhead(*workspace, clock, admin, head).ok());
    CHECK(letterhead(*workspace).value() == head);
    CHECK(documents.source(DocumentKind::Plan, id).value().letterhead == head);
    if (!isServerLocation(path)) // read without an account, for the guide's cases
        CHECK(readLetterhead(path).value() == head);
    AuditFilter settings;
    settings.action = AuditAction::AccountChange;
    settings.recordKind = "setting";
    const auto changes = AuditTrail(*workspace, clock, admin).list(settings).value();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].detail == "letterhead");
}

TEST_CASE_METHOD(Fixture, "On a locked database a document and a letterhead change are refused whole, then taken",
                 "[documents][busy]")
{
    auto holder = storage::Database::open(path).value();
    holder->exec(storage::beginWriteSql(*holder));
    const auto locked = documents.source(DocumentKind::Plan, id);
    Letterhead head;
    head.name = "Maison de l’emploi";
    const Status refused = setLetterhead(*workspace, clock, admin, head);
    holder->exec("ROLLBACK");
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().kind == ErrorKind::Busy);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Busy);
    CHECK(exports().empty());                        // no document was said to leave
    CHECK(letterhead(*workspace).value().isEmpty()); // nor the letterhead changed
    // Released, both are taken, each said once.
    REQUIRE(documents.source(DocumentKind::Plan, id).ok());
    REQUIRE(setLetterhead(*workspace, clock, admin, head).ok());
    CHECK(exports().size() == 1);
    CHECK(letterhead(*workspace).value() == head);
}
