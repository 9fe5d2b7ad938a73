// trame-cli document end to end: each of the guide's six cases as a PDF, read back by poppler's
// tools; bad input refused with exit 2 and nothing written.
#include "cli/CliHelpers.h"
#include "documents/PdfCheck.h"
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
