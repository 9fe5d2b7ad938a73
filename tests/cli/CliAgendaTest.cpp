// trame-cli agenda end to end on real files: the lines, the calendar file read back by another
// program's parser (Python's icalendar), the access rules, bad input, and the audit entries.
#include "cli/CliHelpers.h"
#include "domain/Document.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <sys/stat.h>

namespace {

// Debian's python3-icalendar, not the library that wrote the file: every event, one line each.
const char* const kReadCalendar = R"py(
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(calendar['VERSION'], calendar['PRODID'])
for event in calendar.walk('VEVENT'):
    print('|'.join([event.decoded('DTSTART').isoformat(), event.decoded('DTEND').isoformat(),
                    str(event['SUMMARY']), str(event.get('LOCATION', '')), str(event['STATUS']),
                    str(event['UID'])]))
)py";

trame::Appointment appointment(std::int64_t id, std::int64_t person, const char* day, int minute,
                               trame::AppointmentKind kind, trame::AppointmentStatus status)
{
    trame::Appointment a;
    a.id = id;
    a.beneficiaryId = person;
    a.start = {*trame::Date::parse(day), minute};
    a.kind = kind;
    a.status = status;
    a.place = "Bureau 2";
    a.counsellor = "cmartin";
    a.note = "Parler de la CAF";
    return a;
}

struct AgendaFixture {
    TempDir dir;
    TestDatabase database{dir, "trame.sqlite"};
    std::string db = database.location();

    AgendaFixture()
    {
        initWithAdministrator(db);
        for (const char* login : {"cmartin", "sdupont"})
            addUser(login, "conseiller");
        addUser("sup", "superviseur");
        trame::Document doc;
        doc.beneficiaries = {sampleRecord(1, "Benali"), sampleRecord(2, "Le Goff")};
        doc.beneficiaries[0].person.firstName = "Nadia";
        doc.beneficiaries[1].person.firstName = "Jean-Pierre";
        using K = trame::AppointmentKind;
        using S = trame::AppointmentStatus;
        doc.beneficiaries[0].appointments = {appointment(11, 1, "2026-03-02", 9 * 60 + 30, K::OnSite, S::Honoured),
                                             appointment(12, 1, "2026-03-09", 14 * 60, K::Phone, S::Excused)};
        doc.beneficiaries[1].appointments = {appointment(21, 2, "2026-03-03", 16 * 60 + 45, K::Video, S::NoShow),
                                             appointment(22, 2, "2026-04-01", 10 * 60, K::OnSite, S::Honoured)};
        const std::string file = dir.file("people.json");
        writeFile(file, trame::serializeDocument(doc));
        const auto imported = as("admin", {"import", file});
        INFO(imported.err);
        REQUIRE(imported.exitCode == 0);
    }
    void addUser(const std::string& login, const std::string& role)
    {
        REQUIRE(as("admin", {"user", "add", login, "--role", role, "--name", "Nom " + login},
                   kPassword + "\n" + kPassword + "\n")
                    .exitCode == 0);
    }
    ProcessResult as(const std::string& login, const std::vector<std::string>& args, const std::string& input = {})
    {
        return cliAs(login, db, args, input);
    }
};

} // namespace

TEST_CASE_METHOD(AgendaFixture, "agenda prints a counsellor's appointments by initials, full names when asked",
                 "[cli][agenda]")
{
    const auto lines = as("cmartin", {"agenda", "--from", "2026-03-01", "--to", "2026-03-31"});
    INFO(lines.err);
    REQUIRE(lines.exitCode == 0);
    CHECK(lines.out == "2026-03-02\t09:30\t10:15\t1\tN. B.\tpublic_office\tseen\tBureau 2\n"
                       "2026-03-03\t16:45\t17:30\t2\tJ.-P. L. G.\tvisio\tnoshow\tBureau 2\n"
                       "2026-03-09\t14:00\t14:45\t1\tN. B.\tphone\texcused\tBureau 2\n");
    const auto full =
        as("sup", {"agenda", "--counsellor", "cmartin", "--from", "2026-04-01", "--to", "2026-04-01", "--full-names"});
    REQUIRE(full.exitCode == 0);
    CHECK(full.out == "2026-04-01\t10:00\t10:45\t2\tJean-Pierre Le Goff\tpublic_office\tseen\tBureau 2\n");
    CHECK(as("sdupont", {"agenda", "--from", "2026-03-01", "--to", "2026-03-31"}).out.empty());

    const auto refused =
        as("sdupont", {"agenda", "--counsellor", "cmartin", "--from", "2026-03-01", "--to", "2026-03-31"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.empty());
    const auto trail = as("admin", {"audit", "list", "--action", "export"});
    CHECK_THAT(trail.out, Catch::Contains("counsellor=cmartin from=2026-03-01 to=2026-03-31 count=3 format=lines "
                                          "names=initials"));
    CHECK_THAT(trail.out, Catch::Contains("format=lines names=full"));
}

TEST_CASE_METHOD(AgendaFixture, "agenda --ics writes a calendar file that another parser reads back", "[cli][agenda]")
{
    const std::string ics = dir.file("agenda.ics");
    const auto written = as("cmartin", {"agenda", "--from", "2026-03-01", "--to", "2026-03-31", "--ics", ics});
    INFO(written.err);
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.empty());
    struct stat info {};
    REQUIRE(::stat(ics.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(readFile(ics).find("CAF") == std::string::npos); // the note stays in Trame

    const std::string script = dir.file("read.py");
    writeFile(script, kReadCalendar);
    const auto read = runProcess("/usr/bin/python3", {script, ics});
    INFO(read.err);
    REQUIRE(read.exitCode == 0);
    CHECK(read.out == "2.0 -//Trame//Agenda//FR\n"
                      "2026-03-02T09:30:00|2026-03-02T10:15:00|Entretien sur place — N. B. (dossier n° 1)|Bureau "
                      "2|CONFIRMED|trame-appointment-11\n"
                      "2026-03-03T16:45:00|2026-03-03T17:30:00|Entretien en visio — J.-P. L. G. (dossier n° 2)|Bureau "
                      "2|CONFIRMED|trame-appointment-21\n"
                      "2026-03-09T14:00:00|2026-03-09T14:45:00|Entretien téléphonique — N. B. (dossier n° 1)|Bureau "
                      "2|CANCELLED|trame-appointment-12\n");

    // An existing file is replaced only with --force; the database never.
    const std::string before = readFile(ics);
    const auto again = as("cmartin", {"agenda", "--from", "2026-04-01", "--to", "2026-04-30", "--ics", ics});
    CHECK(again.exitCode != 0);
    CHECK(readFile(ics) == before);
    CHECK(as("cmartin", {"agenda", "--from", "2026-04-01", "--to", "2026-04-30", "--ics", ics, "--force"}).exitCode ==
          0);
    CHECK(readFile(ics) != before);
    CHECK(as("cmartin", {"agenda", "--from", "2026-04-01", "--to", "2026-04-30", "--ics", db, "--force"}).exitCode !=
          0);
}

TEST_CASE_METHOD(AgendaFixture, "agenda refuses wrong dates and options with exit 2 and writes nothing",
                 "[cli][agenda]")
{
    const std::string ics = dir.file("never.ics");
    for (const std::vector<std::string>& wrong : {
             std::vector<std::string>{"agenda", "--from", "2026-03-01"},
             {"agenda", "--from", "01/03/2026", "--to", "2026-03-31"},
             {"agenda", "--from", "2026-02-30", "--to", "2026-03-31"},
             {"agenda", "--from", "2026-03-31", "--to", "2026-03-01", "--ics", ics},
             {"agenda", "--from", "2026-01-01", "--to", "2027-06-30", "--ics", ics},
             {"agenda", "--from", "2026-03-01", "--to", "2026-03-31", "--force"},
             {"agenda", "extra", "--from", "2026-03-01", "--to", "2026-03-31"},
         }) {
        const auto refused = as("cmartin", wrong);
        INFO(wrong[1] + " " + refused.err);
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.empty());
        CHECK(refused.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(ics));
    CHECK(as("admin", {"audit", "list", "--action", "export"}).out.find("agenda") == std::string::npos);
}
