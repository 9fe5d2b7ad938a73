// Appointments through the service: planned by the person's counsellor, moved and qualified,
// read by a supervisor, refused to others; the agenda of one counsellor; what the rhythm proposes;
// and appointments carried by the person's export, import and erasure.
#include "services/Appointments.h"

#include "services/Agenda.h"

#include "domain/Document.h"
#include "services/CaseFiles.h"
#include "services/DataRights.h"
#include "services/Exchange.h"
#include "services/SupportPeriods.h"
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
    CaseFiles cases{*workspace, clock, counsellor};
    Appointments appointments{*workspace, clock, counsellor};
    std::int64_t id = cases.create(sampleRecord(0, "Chabert").person).value();
    LocalTime now = clock.localNow();

    Appointment in(int days, int minute = 10 * 60, int duration = 45)
    {
        Appointment a;
        a.beneficiaryId = id;
        a.start = {now.day.addDays(days), minute};
        a.durationMinutes = duration;
        a.place = "Bureau 2";
        return a;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A counsellor plans moves and qualifies an appointment and it stays after a restart",
                 "[appointments]")
{
    const StoredAppointment planned = appointments.plan(in(2)).value();
    CHECK(planned.appointment.counsellor == "cmartin");
    CHECK(planned.overlaps.empty());
    // A second one across the first is stored, with the warning.
    const StoredAppointment crossing = appointments.plan(in(2, 10 * 60 + 30)).value();
    REQUIRE(crossing.overlaps.size() == 1);
    CHECK(crossing.overlaps[0].id == planned.appointment.id);
    // Qualified before it began: refused, nothing changes.
    Appointment early = planned.appointment;
    early.status = AppointmentStatus::Honoured;
    CHECK(appointments.save(early).error().path == "status");
    // Moved to yesterday, then qualified as a no-show.
    Appointment moved = planned.appointment;
    moved.start = {now.day.addDays(-1), 14 * 60};
    moved = appointments.save(moved).value().appointment;
    moved.status = AppointmentStatus::NoShow;
    moved.note = "Pas venue, pas de nouvelles";
    REQUIRE(appointments.save(moved).ok());
    CHECK(appointments.save(moved).error().kind == ErrorKind::Conflict); // the old version

    workspace = Workspace::open(path).value();
    const auto stored = Appointments(*workspace, clock, counsellor).ofPerson(id).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].start == LocalTime{now.day.addDays(-1), 14 * 60});
    CHECK(stored[0].status == AppointmentStatus::NoShow);
    CHECK(stored[0].note == "Pas venue, pas de nouvelles");
    CHECK(stored[1].start.minute == 10 * 60 + 30);
}

TEST_CASE_METHOD(Fixture, "A supervisor reads appointments and changes none and another counsellor sees nothing",
                 "[appointments]")
{
    const Appointment planned = appointments.plan(in(1)).value().appointment;
    Appointments reading(*workspace, clock, supervisor);
    CHECK(reading.ofPerson(id).value().size() == 1);
    CHECK(Agenda(*workspace, clock, supervisor).appointments("cmartin", now.day, now.day.addDays(6)).value().size() ==
          1);
    CHECK(reading.plan(in(3)).error().kind == ErrorKind::Denied);
    CHECK(reading.save(planned).error().kind == ErrorKind::Denied);
    Appointments other(*workspace, clock, colleague);
    CHECK(other.ofPerson(id).error().kind == ErrorKind::Denied);
    const Agenda colleagues(*workspace, clock, colleague);
    CHECK(colleagues.appointments("cmartin", now.day, now.day).error().kind == ErrorKind::Denied);
    CHECK(colleagues.due("cmartin").error().kind == ErrorKind::Denied);
    CHECK(other.remove(planned).error().kind == ErrorKind::Denied);
    CHECK(colleagues.appointments("sdupont", now.day, now.day).value().empty());
    CHECK(appointments.ofPerson(id).value().size() == 1);
}

TEST_CASE_METHOD(Fixture, "The agenda gives one counsellor's days in time order and the rhythm proposes the next",
                 "[appointments]")
{
    const std::int64_t other = cases.create(sampleRecord(1, "Cissé").person).value();
    Appointment late = in(1, 16 * 60);
    REQUIRE(appointments.plan(late).ok());
    Appointment early = in(1, 9 * 60);
    early.beneficiaryId = other;
    early.kind = AppointmentKind::Phone;
    REQUIRE(appointments.plan(early).ok());
    REQUIRE(appointments.plan(in(8)).ok()); // next week
    const Agenda agenda(*workspace, clock, counsellor);
    const auto week = agenda.appointments("cmartin", now.day, now.day.addDays(6)).value();
    REQUIRE(week.size() == 2);
    CHECK(week[0].appointment.beneficiaryId == other);
    CHECK(week[0].lastName == "Cissé");
    CHECK(week[1].appointment.start.minute == 16 * 60);
    CHECK(week[1].lastName == "Chabert");
    CHECK(agenda.appointments("cmartin", now.day, now.day.addDays(-1)).error().path == "to");
    CHECK(agenda.appointments("cmartin", now.day, now.day.addDays(367)).error().path == "to");

    CaseFile file = cases.open(id).value().caseFile;
    file.rhythm = FollowUpRhythm{RhythmKind::Recurring, {2, IntervalUnit::Week}, "", "toutes les deux semaines"};
    REQUIRE(cases.saveCaseFile(file).ok());
    CHECK(appointments.proposedDay(id).value() == now.day.addDays(8 + 14)); // after the last one
    CHECK(appointments.proposedDay(other).value() == std::nullopt);         // no rhythm
}

TEST_CASE_METHOD(Fixture, "An appointment entered by mistake is removed and a closed follow-up takes no more",
                 "[appointments]")
{
    const Appointment planned = appointments.plan(in(1)).value().appointment;
    Appointment stale = planned;
    stale.version = 0;
    CHECK(appointments.remove(stale).error().kind == ErrorKind::Conflict);
    REQUIRE(appointments.remove(planned).ok());
    CHECK(appointments.ofPerson(id).value().empty());

    Bilan bilan;
    bilan.text = "Embauchée en CDI.";
    REQUIRE(
        SupportPeriods(*workspace, clock, counsellor).close(id, {now.day, "cdi", FseSituation::Employed}, bilan).ok());
    CHECK(appointments.plan(in(3)).error().kind == ErrorKind::Invalid);
    CHECK(appointments.ofPerson(id).ok()); // still read
}

TEST_CASE_METHOD(Fixture, "Appointments travel with the person: export import and erasure", "[appointments][exchange]")
{
    Appointment honoured = in(-3);
    honoured.kind = AppointmentKind::Video;
    honoured.note = "Entretien en visio";
    const Appointment made = appointments.plan(honoured).value().appointment;
    Appointment qualified = made;
    qualified.status = AppointmentStatus::Honoured;
    REQUIRE(appointments.save(qualified).ok());
    REQUIRE(appointments.plan(in(4)).ok());

    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    ExportOptions one;
    one.beneficiary = id;
    const std::string exported = Exchange(*workspace, clock, counsellor).exportText(one).value();
    const Document doc = parseDocument(exported).value();
    REQUIRE(doc.beneficiaries.at(0).appointments.size() == 2);
    CHECK(doc.beneficiaries[0].appointments[0].status == AppointmentStatus::Honoured);
    CHECK(doc.beneficiaries[0].appointments[0].kind == AppointmentKind::Video);

    // Into another database, where the counsellor has an account: the same appointments.
    TempDir otherDir;
    TestDatabase otherDatabase(otherDir, "other.sqlite");
    auto other = Workspace::open(otherDatabase.location()).value();
    const Actor otherAdmin = signInAs(*other, clock, Role::Administrator, "admin");
    Exchange importing(*other, clock, otherAdmin);
    const auto refused = importing.import(exported);
    REQUIRE_FALSE(refused.ok()); // no account cmartin there yet
    CHECK(refused.error().path == "beneficiaries[0].appointments[0].counsellor");
    signInAs(*other, clock, Role::Counsellor, "cmartin");
    REQUIRE(importing.import(exported).ok());
    CHECK(parseDocument(Exchange(*other, clock, otherAdmin).exportText({}).value())->beneficiaries.at(0).appointments ==
          doc.beneficiaries[0].appointments);

    // Erased, the person's appointments go with them.
    REQUIRE(DataRights(*workspace, clock, admin).erase(id).ok());
    CHECK(Agenda(*workspace, clock, supervisor)
              .appointments("cmartin", now.day.addDays(-7), now.day.addDays(7))
              .value()
              .empty());
}

TEST_CASE_METHOD(Fixture, "Over-long text or a locked database refuses an appointment whole and changes nothing",
                 "[appointments][busy]")
{
    Appointment wordy = in(1);
    wordy.place = std::string(301, 'x');
    CHECK(appointments.plan(wordy).error().path == "place");
    wordy.place = "Bureau 2";
    wordy.note = std::string(20001, 'x');
    CHECK(appointments.plan(wordy).error().path == "note");
    CHECK(appointments.ofPerson(id).value().empty());

    auto holder = storage::Database::open(path).value();
    holder->exec(storage::beginWriteSql(*holder));
    const auto locked = appointments.plan(in(1));
    holder->exec("ROLLBACK");
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().kind == ErrorKind::Busy);
    CHECK(appointments.ofPerson(id).value().empty());
    REQUIRE(appointments.plan(in(1)).ok()); // released, it is taken
}

TEST_CASE("Import refuses an appointment that ends before it starts or has an unknown status", "[appointments]")
{
    Document doc;
    doc.beneficiaries = {sampleRecord(0, "Chabert")};
    doc.beneficiaries[0].person.id = 1;
    doc.beneficiaries[0].caseFile.beneficiaryId = 1;
    Appointment a;
    a.id = 90;
    a.start = {Date(2026, 12, 3), 9 * 60};
    a.counsellor = "cmartin";
    doc.beneficiaries[0].appointments = {a};
    const std::string good = serializeDocument(doc);
    REQUIRE(parseDocument(good).ok());
    const auto refusal = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        const auto parsed = parseDocument(text);
        REQUIRE_FALSE(parsed.ok());
        return parsed.error().path;
    };
    CHECK(refusal("\"end\": \"2026-12-03T09:45\"", "\"end\": \"2026-12-03T08:45\"") ==
          "beneficiaries[0].appointments[0].end");
    CHECK(refusal("\"status\": \"unknown\"", "\"status\": \"venu\"") == "beneficiaries[0].appointments[0].status");
    CHECK(refusal("\"start\": \"2026-12-03T09:00\"", "\"start\": \"03/12/2026 9h\"") ==
          "beneficiaries[0].appointments[0].start");
}

TEST_CASE_METHOD(Fixture, "An interview recorded at an appointment that began is its record: linked and honoured",
                 "[appointments][interviews]")
{
    // 8:30 today (it is 9:00), and 14:00 today, not begun.
    const Appointment morning = appointments.plan(in(0, 8 * 60 + 30)).value().appointment;
    const Appointment afternoon = appointments.plan(in(0, 14 * 60)).value().appointment;
    Interview interview;
    interview.beneficiaryId = id;
    interview.heldOn = now.day;
    interview.templateVersion = 1;
    REQUIRE(cases.saveInterview(interview).ok());
    auto stored = appointments.ofPerson(id).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].id == morning.id);
    CHECK(stored[0].interviewId == interview.id);
    CHECK(stored[0].status == AppointmentStatus::Honoured);
    CHECK(stored[0].version == morning.version + 1);
    CHECK_FALSE(stored[1].interviewId);
    CHECK(stored[1].status == AppointmentStatus::Planned);

    // A second interview the same day finds nothing more to record; a no-show stays one.
    Interview again = interview;
    again.id = 0;
    REQUIRE(cases.saveInterview(again).ok());
    CHECK(appointments.ofPerson(id).value()[0].interviewId == interview.id);
    clock.advance(std::chrono::hours(6)); // 15:00: the afternoon one has begun
    Appointment missed = appointments.ofPerson(id).value()[1];
    missed.status = AppointmentStatus::NoShow;
    REQUIRE(appointments.save(missed).ok());
    Interview late = interview;
    late.id = 0;
    REQUIRE(cases.saveInterview(late).ok());
    CHECK(appointments.ofPerson(id).value()[1].status == AppointmentStatus::NoShow);
    CHECK_FALSE(appointments.ofPerson(id).value()[1].interviewId);
}
