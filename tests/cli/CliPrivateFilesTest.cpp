// Every file trame-cli writes with people's data in it is its owner's only, under the usual umask
// of a session (022) that would leave it readable by every account of the computer: a JSON export,
// a document, a backup.
#include "cli/CliHelpers.h"
#include "domain/Document.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/TestDatabase.h"
#include "support/UsualUmask.h"

#include <fstream>

#include <sys/stat.h>

namespace {

mode_t modeOf(const std::string& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("Exports documents and backups written by trame-cli are the owner's only", "[cli][files][file]")
{
    const UsualUmask umask; // inherited by every trame-cli the test starts
    TempDir dir;
    const TestDatabase database(dir, "trame.sqlite");
    const std::string db = database.location();
    initWithAdministrator(db);
    REQUIRE(cliAs("admin", db, {"user", "add", "cmartin", "--role", "conseiller"}, kPassword + "\n" + kPassword + "\n")
                .exitCode == 0);
    trame::Document doc;
    doc.beneficiaries = {sampleRecord(1)};
    const std::string people = dir.file("people.json");
    std::ofstream(people) << trame::serializeDocument(doc);
    REQUIRE(cliAs("admin", db, {"import", people}).exitCode == 0);

    const std::string json = dir.file("export.json");
    const std::string pdf = dir.file("plan.pdf");
    const std::string copy = dir.file("copie.sqlite");
    REQUIRE(cliAs("cmartin", db, {"export", "--beneficiary", "1", "-o", json}).exitCode == 0);
    REQUIRE(cliAs("cmartin", db, {"document", "plan", "--beneficiary", "1", "-o", pdf}).exitCode == 0);
    REQUIRE(cliAs("admin", db, {"backup", copy}).exitCode == 0);
    for (const std::string& file : {db, json, pdf, copy}) {
        INFO(file);
        CHECK(modeOf(file) == 0600);
    }
}
