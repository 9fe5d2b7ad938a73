// trame-cli document end to end: each of the guide's six cases as a PDF, read back by poppler's
// tools; bad input refused with exit 2 and nothing written.
#include "cli/CliHelpers.h"
#include "documents/PdfCheck.h"
#include "domain/Document.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <sys/stat.h>

TEST_CASE("document reference writes each of the guide's cases as an A4 PDF, without an account", "[cli][documents]")
{
    TempDir dir;
    const TestDatabase database(dir, "trame.sqlite");
    const std::string db = database.location();
    REQUIRE(cli({"--db", db, "init"}).exitCode == 0);
    for (int number = 1; number <= 6; ++number) {
        const std::string file = dir.file("cas-" + std::to_string(number) + ".pdf");
        const auto made = cli({"--db", db, "document", "reference", "--case", std::to_string(number), "-o", file});
        INFO("case " << number << ": " << made.err);
        REQUIRE(made.exitCode == 0);
        CHECK(made.out.empty());
        CHECK(made.err.empty()); // Qt's own notices are not the command's output
        const std::string text = pdfText(file);
        CHECK_THAT(text, Catch::Contains("Cas n° " + std::to_string(number)));
        for (const char* section :
             {"Situation", "Attitude à adopter", "Méthodes et outils", "Plan d’action", "Indicateurs"})
            CHECK_THAT(text, Catch::Contains(section));
        const int pages = pdfPages(file);
        CHECK_THAT(text, Catch::Contains("page 1 / " + std::to_string(pages)));
        CHECK(fontsEmbedded(file));
        CHECK_THAT(pdfTool("pdfinfo", {file}), Catch::Contains("(A4)"));
        struct stat info {};
        REQUIRE(::stat(file.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
    }
    const std::string first = pdfText(dir.file("cas-1.pdf"));
    CHECK_THAT(first, Catch::Contains("Gardienne d'immeuble"));
    CHECK_THAT(first, Catch::Contains("« Si je comprends bien"));
    CHECK_THAT(first, Catch::Contains("Immersion Facile")); // a tool named by the catalogue
}

TEST_CASE("document refuses an unknown case, a missing output and an existing file, and writes nothing",
          "[cli][documents]")
{
    TempDir dir;
    const TestDatabase database(dir, "trame.sqlite");
    const std::string db = database.location();
    REQUIRE(cli({"--db", db, "init"}).exitCode == 0);
    const std::string file = dir.file("cas.pdf");
    for (const std::vector<std::string>& wrong : {
             std::vector<std::string>{"document", "reference", "--case", "7", "-o", file},
             {"document", "reference", "--case", "zéro", "-o", file},
             {"document", "reference", "--case", "1"},
             {"document", "plan", "--case", "1", "-o", file},
             {"document", "--case", "1", "-o", file},
         }) {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), wrong.begin(), wrong.end());
        const auto refused = cli(args);
        INFO(wrong[1] + " " + refused.err);
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.empty());
        CHECK_FALSE(std::filesystem::exists(file));
    }
    writeFile(file, "déjà là");
    CHECK(cli({"--db", db, "document", "reference", "--case", "1", "-o", file}).exitCode != 0);
    CHECK(readFile(file) == "déjà là");
    CHECK(cli({"--db", db, "document", "reference", "--case", "1", "-o", db, "--force"}).exitCode != 0);
    CHECK(cli({"--db", db, "document", "reference", "--case", "1", "-o", file, "--force"}).exitCode == 0);
    CHECK(pdfPages(file) >= 1);
}

namespace {

// Two people of cmartin's: Nadia Benali, seen once, an appointment ahead; Jean-Pierre Le Goff,
// whose follow-up closed with its bilan.
struct PeopleFixture {
    TempDir dir;
    TestDatabase database{dir, "trame.sqlite"};
    std::string db = database.location();

    PeopleFixture()
    {
        initWithAdministrator(db);
        for (auto [login, role] : {std::pair{"cmartin", "conseiller"}, std::pair{"sdupont", "conseiller"},
                                   std::pair{"stagiaire", "stagiaire"}})
            REQUIRE(cliAs("admin", db, {"user", "add", login, "--role", role, "--name", "Claire Martin"},
                          kPassword + "\n" + kPassword + "\n")
                        .exitCode == 0);
        trame::Document doc;
        doc.beneficiaries = {sampleRecord(1, "Benali"), sampleRecord(2, "Le Goff")};
        doc.beneficiaries[0].person.firstName = "Nadia";
        trame::Appointment ahead;
        ahead.id = 11;
        ahead.beneficiaryId = 1;
        ahead.start = {trame::Date(2099, 3, 2), 9 * 60 + 30};
        ahead.place = "Bureau 2";
        ahead.counsellor = "cmartin";
        doc.beneficiaries[0].appointments = {ahead};
        trame::BeneficiaryRecord& closed = doc.beneficiaries[1];
        closed.person.firstName = "Jean-Pierre";
        closed.person.civility = trame::Civility::M;
        closed.person.status = trame::BeneficiaryStatus::Closed;
        closed.periods.front().exit =
            trame::PeriodExit{trame::Date(2026, 10, 30), "cdi", trame::FseSituation::Employed};
        closed.periods.front().bilan = trame::Bilan{{}, {}, {}, "Embauché en CDI après l’immersion."};
        const std::string file = dir.file("people.json");
        writeFile(file, trame::serializeDocument(doc));
        const auto imported = cliAs("admin", db, {"import", file});
        INFO(imported.err);
        REQUIRE(imported.exitCode == 0);
    }
};

} // namespace

TEST_CASE_METHOD(PeopleFixture, "document writes each document on a person for their counsellor, audited",
                 "[cli][documents]")
{
    const std::vector<std::tuple<std::string, std::string, std::string>> documents = {
        {"plan", "1", "Plan d’action"},
        {"interview", "1", "Compte rendu d’entretien"},
        {"casefile", "1", "Dossier d’accompagnement"},
        {"convocation", "1", "lundi 2 mars 2099 à 9 h 30"},
        {"bilan", "2", "Embauché en CDI après l’immersion."},
    };
    for (const auto& [kind, person, expected] : documents) {
        const std::string file = dir.file(kind + ".pdf");
        const auto made = cliAs("cmartin", db, {"document", kind, "--beneficiary", person, "-o", file});
        INFO(kind << ": " << made.err);
        REQUIRE(made.exitCode == 0);
        CHECK(made.err.empty());
        const std::string text = pdfText(file);
        CHECK_THAT(text, Catch::Contains(expected));
        CHECK_THAT(text, Catch::Contains(person == "1" ? "Nadia Benali" : "Jean-Pierre Le Goff"));
        CHECK(fontsEmbedded(file));
        struct stat info {};
        REQUIRE(::stat(file.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
    }
    const auto trail = cliAs("admin", db, {"audit", "list", "--action", "export"});
    REQUIRE(trail.exitCode == 0);
    for (const char* detail : {"document=plan", "document=interview interview=", "document=casefile",
                               "document=convocation appointment=11", "document=bilan period="})
        CHECK_THAT(trail.out, Catch::Contains(detail));
}

TEST_CASE_METHOD(PeopleFixture, "document refuses another's person, a trainee, a wrong record, and writes nothing",
                 "[cli][documents]")
{
    const std::string file = dir.file("plan.pdf");
    for (const char* login : {"sdupont", "stagiaire"}) {
        const auto refused = cliAs(login, db, {"document", "plan", "--beneficiary", "1", "-o", file});
        INFO(login << ": " << refused.err);
        CHECK(refused.exitCode != 0);
        CHECK_FALSE(refused.err.empty());
        CHECK_FALSE(std::filesystem::exists(file));
    }
    for (const std::vector<std::string>& wrong : {
             std::vector<std::string>{"document", "plan", "--beneficiary", "1", "--interview", "1", "-o", file},
             {"document", "plan", "--beneficiary", "un", "-o", file},
             {"document", "plan", "--beneficiary", "1"},
             {"document", "lettre", "--beneficiary", "1", "-o", file},
             {"document", "plan", "extra", "--beneficiary", "1", "-o", file},
         }) {
        const auto refused = cliAs("cmartin", db, wrong);
        INFO(refused.err);
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(std::filesystem::exists(file));
    }
    for (const std::vector<std::string>& missing : {
             std::vector<std::string>{"document", "interview", "--beneficiary", "1", "--interview", "999", "-o", file},
             {"document", "bilan", "--beneficiary", "1", "-o", file},
             {"document", "convocation", "--beneficiary", "2", "-o", file},
         }) {
        const auto refused = cliAs("cmartin", db, missing);
        INFO(refused.err);
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.empty());
        CHECK_FALSE(std::filesystem::exists(file));
    }
    const auto anonymous = cli({"--db", db, "document", "plan", "--beneficiary", "1", "-o", file});
    CHECK(anonymous.exitCode != 0);
    CHECK_THAT(anonymous.err, Catch::Contains("--user"));
    CHECK_FALSE(std::filesystem::exists(file));
}
