#include "cli/CommandTable.h"

#include "cli/CliApp.h"

#include <sstream>

namespace trame::cli {

namespace {

const char* const kHelpHead = R"(Usage: trame-cli [--db PATH] [--user LOGIN] COMMAND [OPTIONS]

Administration tool for Trame's database: a SQLite file, or a PostgreSQL server.

Commands marked * read or write personal data: they take --user LOGIN and read that user's
password from the first line of standard input, and they obey the same rules as Trame
(docs/security.md). New passwords are read twice, one line each, after it.

Commands:
)";

const char* const kHelpTail = R"(
Options:
  --db PATH|URI        the database file (default: Trame's own, in ~/.local/share/Trame),
                       or a server: postgresql://USER@HOST[:PORT]/DATABASE?sslmode=…
  --user LOGIN         the account to act as
  -h, --help           show this help and exit
  --version            show the version and exit

Exit status: 0 success, 1 runtime failure or refused, 2 bad usage or bad input.
)";

constexpr std::size_t kHelpColumn = 23; // where a command's description starts

} // namespace

const std::vector<Command>& commandTable()
{
    using R = Runner;
    static const std::vector<Command> table = {
        {"init",
         "",
         {"create or migrate the file and seed the guide's reference content", "(idempotent)"},
         {},
         {},
         R::Anyone,
         &CliApp::init},
        {"server",
         "init",
         {"with --db postgresql://… as the database's owner: prepare a server for a",
          "team (schema, the guide's cases, the workstations' role and the server's",
          "access rules) and print the URI the workstations then take as --db"},
         {},
         {},
         R::Anyone,
         &CliApp::serverCommand},
        {"migrate-to-server",
         "--from FILE --to URI",
         {"copy everything of FILE (people, case files, interviews, reviews,",
          "accounts, the audit trail) onto a server just prepared by server init, all",
          "or nothing, verified table by table (rows and a digest) before it commits;",
          "--user is an administrator of FILE, URI the owner's connection"},
         {},
         {"from", "to"},
         R::SignedInUser,
         &CliApp::migrateToServer},
        {"check",
         "",
         {"integrity, schema version, counts and the audit trail's chain; exit status 1",
          "if the file is damaged or its trail was tampered with"},
         {},
         {},
         R::Anyone,
         &CliApp::check},
        {"export",
         "[--references] [--beneficiary ID] [-o FILE [--force]]",
         {"write a trame/1 JSON document (standard output by default): every",
          "beneficiary, one with --beneficiary, or the guide's reference content",
          "(cases, catalogue, templates) with --references (no --user needed);",
          "an existing FILE is replaced only with --force, the database never"},
         {},
         {"references", "beneficiary", "output", "force"},
         R::SignedInUser,
         &CliApp::exportCommand},
        {"import",
         "FILE",
         {"read a trame/1 document ('-' for standard input, after the password),", "all or nothing"},
         {},
         {},
         R::SignedInUser,
         &CliApp::importCommand},
        {"agenda",
         "--from DATE --to DATE [--counsellor LOGIN] [--ics FILE [--force]] [--full-names]",
         {"a counsellor's appointments (yours by default; a supervisor names any",
          "counsellor), one line each: day, start, end, case number, person, kind,",
          "status, place, separated by tabs; or, with --ics, an iCalendar file for a",
          "calendar program. People are named by initials unless --full-names;",
          "notes are never written. Audited as an export"},
         {},
         {"from", "to", "counsellor", "ics", "full-names", "force"},
         R::SignedInUser,
         &CliApp::agendaCommand},
        {"document",
         "plan|interview|casefile|convocation|bilan --beneficiary ID -o FILE.pdf",
         {"a document on one person as a PDF (A4, fonts embedded, the structure's",
          "letterhead): the action plan to hand over, an interview's summary",
          "(--interview ID, the latest by default), the whole case file, an",
          "appointment letter (--appointment ID, the next by default), the bilan of",
          "a closed period (--period ID, the latest by default). Audited as an",
          "export; [--force] writes over an existing file",
          "  document reference --case N -o FILE.pdf: one of the guide's six worked",
          "cases, section by section in the guide's frame; no --user needed"},
         {},
         {"beneficiary", "interview", "appointment", "period", "case", "output", "force"},
         R::SignedInUser,
         &CliApp::documentCommand},
        {"backup",
         "DEST",
         {"write a consistent copy of the file to DEST, even while others write"},
         {},
         {},
         R::SignedInUser,
         &CliApp::backup},
        {"generate",
         "--beneficiaries N [--seed S]",
         {"fill an empty file with N synthetic beneficiaries (benchmarks, demos);",
          "the same seed gives the same file"},
         {},
         {"beneficiaries", "seed"},
         R::Anyone,
         &CliApp::generateCommand},
        {"user",
         "add LOGIN --role ROLE [--name NAME]",
         {"add an account (roles: administrateur, superviseur, conseiller,",
          "stagiaire); on a file without accounts, creates the first", "administrator, with no --user"},
         {"user list | user disable LOGIN | user enable LOGIN | user reset-password LOGIN"},
         {"role", "name"},
         R::SignedInUser,
         &CliApp::userCommand},
        {"audit",
         "list [--actor LOGIN] [--action ACTION] [--record ID] [--since DATE] [--until DATE]\n"
         "             [--limit N]",
         {"the audit trail, newest first"},
         {"audit purge          delete audit entries over 12 months old (the purge is logged)"},
         {"actor", "action", "record", "since", "until", "limit"},
         R::SignedInUser,
         &CliApp::auditCommand},
        {"erase",
         "--beneficiary ID",
         {"erase a person for good (right to erasure); anonymous counts stay"},
         {},
         {"beneficiary"},
         R::SignedInUser,
         &CliApp::eraseCommand},
        {"retention",
         "--dry-run | retention --apply",
         {"list, then anonymise, the people with no contact for 24 months"},
         {},
         {"dry-run", "apply"},
         R::SignedInUser,
         &CliApp::retentionCommand},
        {"backups",
         "[--keep N]",
         {"list the automatic backups (folder \"backups\" beside the file); with",
          "--keep (an administrator's --user), keep the newest N, 1 to 60 (7 by default)"},
         {},
         {"keep"},
         R::Anyone,
         &CliApp::backupsCommand},
        {"restore",
         "BACKUP | restore --latest",
         {"replace the file by a backup (checked first); the replaced file is kept",
          "beside it. Needs an administrator's --user while the file is healthy;",
          "a damaged or missing file can be restored without"},
         {},
         {"latest"},
         R::Anyone,
         &CliApp::restoreCommand},
    };
    return table;
}

const std::vector<Option>& optionTable()
{
    static const std::vector<Option> table = {
        {"help", false, "-h"},     {"version", false, ""},    {"db", true, ""},          {"user", true, ""},
        {"references", false, ""}, {"dry-run", false, ""},    {"apply", false, ""},      {"latest", false, ""},
        {"force", false, ""},      {"beneficiary", true, ""}, {"output", true, "-o"},    {"beneficiaries", true, ""},
        {"seed", true, ""},        {"role", true, ""},        {"name", true, ""},        {"actor", true, ""},
        {"action", true, ""},      {"record", true, ""},      {"since", true, ""},       {"until", true, ""},
        {"limit", true, ""},       {"keep", true, ""},        {"from", true, ""},        {"to", true, ""},
        {"counsellor", true, ""},  {"ics", true, ""},         {"full-names", false, ""}, {"case", true, ""},
        {"interview", true, ""},   {"appointment", true, ""}, {"period", true, ""},
    };
    return table;
}

const Command* findCommand(const std::string& name)
{
    for (const Command& command : commandTable())
        if (command.name == name)
            return &command;
    return nullptr;
}

OptionSpec optionSpec()
{
    OptionSpec spec;
    for (const Option& option : optionTable()) {
        (option.takesValue ? spec.withValue : spec.flags).insert(option.name);
        if (!option.shortName.empty())
            spec.shortNames.emplace(option.shortName, option.name);
    }
    return spec;
}

std::string helpText()
{
    std::ostringstream help;
    help << kHelpHead;
    const std::string indent(kHelpColumn, ' ');
    for (const Command& command : commandTable()) {
        std::string head = (command.runner == Runner::SignedInUser ? "* " : "  ") + command.name;
        if (!command.synopsis.empty())
            head += ' ' + command.synopsis;
        auto line = command.help.begin();
        if (head.size() < kHelpColumn - 1 && line != command.help.end())
            help << head << std::string(kHelpColumn - head.size(), ' ') << *line++ << '\n';
        else
            help << head << '\n';
        for (; line != command.help.end(); ++line)
            help << indent << *line << '\n';
        for (const std::string& form : command.otherForms)
            help << (command.runner == Runner::SignedInUser ? "* " : "  ") << form << '\n';
    }
    help << kHelpTail;
    return help.str();
}

} // namespace trame::cli
