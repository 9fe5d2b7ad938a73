#include "cli/CliApp.h"

#include "cli/FileIo.h"
#include "domain/Document.h"
#include "services/Accounts.h"
#include "services/AppPaths.h"
#include "services/CaseFiles.h"
#include "services/Exchange.h"
#include "services/Generator.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <termios.h>
#include <unistd.h>

namespace trame::cli {

namespace {

const char* const kHelp = R"(Usage: trame-cli [--db PATH] [--user LOGIN] COMMAND [OPTIONS]

Administration tool for Trame's SQLite file.

Commands marked * read or write personal data: they take --user LOGIN and read that user's
password from the first line of standard input, and they obey the same rules as Trame
(docs/security.md). New passwords are read twice, one line each, after it.

Commands:
  init                 create or migrate the file and seed the guide's reference content
                       (idempotent)
  check                integrity, schema version and counts; exit status 1 if damaged
* export [--references] [--beneficiary ID] [-o FILE [--force]]
                       write a trame/1 JSON document (standard output by default): every
                       beneficiary, one with --beneficiary, or the guide's reference content
                       (cases, catalogue, templates) with --references (no --user needed);
                       an existing FILE is replaced only with --force, the database never
* import FILE          read a trame/1 document ('-' for standard input, after the password),
                       all or nothing
* backup DEST          write a consistent copy of the file to DEST, even while others write
  generate --beneficiaries N [--seed S]
                       fill an empty file with N synthetic beneficiaries (benchmarks, demos);
                       the same seed gives the same file
* user add LOGIN --role ROLE [--name NAME]
                       add an account (roles: administrateur, superviseur, conseiller,
                       stagiaire); on a file without accounts, creates the first
                       administrator, with no --user
* user list | user disable LOGIN | user enable LOGIN | user reset-password LOGIN
* audit list [--actor LOGIN] [--action ACTION] [--record ID] [--since DATE] [--until DATE]
             [--limit N]
                       the audit trail, newest first
* audit purge          delete audit entries over 12 months old (the purge is logged)
* erase --beneficiary ID
                       erase a person for good (right to erasure); anonymous counts stay
* retention --dry-run | retention --apply
                       list, then anonymise, the people with no contact for 24 months
  backups [--keep N]   list the automatic backups (folder "backups" beside the file); with
                       --keep (an administrator's --user), keep the newest N, 1 to 60 (7 by default)
  restore BACKUP | restore --latest
                       replace the file by a backup (checked first); the replaced file is kept
                       beside it. Needs an administrator's --user while the file is healthy;
                       a damaged or missing file can be restored without

Options:
  --db PATH            the database file (default: Trame's own, in ~/.local/share/Trame)
  --user LOGIN         the account to act as
  -h, --help           show this help and exit
  --version            show the version and exit

Exit status: 0 success, 1 runtime failure or refused, 2 bad usage or bad input.
)";

OptionSpec optionSpec()
{
    OptionSpec spec;
    spec.flags = {"help", "version", "references", "dry-run", "apply", "latest", "force"};
    spec.withValue = {"db",    "beneficiary", "output", "beneficiaries", "seed",  "user",  "role", "name",
                      "actor", "action",      "record", "since",         "until", "limit", "keep"};
    spec.shortNames = {{"-h", "help"}, {"-o", "output"}};
    return spec;
}

// Which options each command takes, besides --db and --user; any other is refused, not ignored.
const std::map<std::string, std::set<std::string>>& commandOptions()
{
    static const std::map<std::string, std::set<std::string>> options = {
        {"init", {}},
        {"check", {}},
        {"export", {"references", "beneficiary", "output", "force"}},
        {"import", {}},
        {"backup", {}},
        {"generate", {"beneficiaries", "seed"}},
        {"user", {"role", "name"}},
        {"audit", {"actor", "action", "record", "since", "until", "limit"}},
        {"erase", {"beneficiary"}},
        {"retention", {"dry-run", "apply"}},
        {"backups", {"keep"}},
        {"restore", {"latest"}},
    };
    return options;
}

} // namespace

CliApp::CliApp(std::istream& in, std::ostream& out, std::ostream& err) : m_in(in), m_out(out), m_err(err) {}

int CliApp::run(const std::vector<std::string>& args)
{
    std::string error;
    const auto parsed = parseArgs(args, optionSpec(), error);
    if (!parsed)
        return usageError(error);
    if (parsed->has("help")) {
        printHelp();
        return ExitOk;
    }
    if (parsed->has("version")) {
        m_out << "trame-cli " << TRAME_VERSION << '\n';
        return ExitOk;
    }
    if (parsed->positionals.empty())
        return usageError("no command given");

    const std::string& command = parsed->positionals.front();
    const std::map<std::string, std::function<int(const ParsedArgs&)>> commands = {
        {"init", [this](const ParsedArgs& a) { return init(a); }},
        {"check", [this](const ParsedArgs& a) { return check(a); }},
        {"export", [this](const ParsedArgs& a) { return exportCommand(a); }},
        {"import", [this](const ParsedArgs& a) { return importCommand(a); }},
        {"backup", [this](const ParsedArgs& a) { return backup(a); }},
        {"generate", [this](const ParsedArgs& a) { return generateCommand(a); }},
        {"user", [this](const ParsedArgs& a) { return userCommand(a); }},
        {"audit", [this](const ParsedArgs& a) { return auditCommand(a); }},
        {"erase", [this](const ParsedArgs& a) { return eraseCommand(a); }},
        {"retention", [this](const ParsedArgs& a) { return retentionCommand(a); }},
        {"backups", [this](const ParsedArgs& a) { return backupsCommand(a); }},
        {"restore", [this](const ParsedArgs& a) { return restoreCommand(a); }},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError("unknown command '" + command + "'");
    const std::set<std::string>& allowed = commandOptions().at(command);
    for (const auto& [name, value] : parsed->options)
        if (name != "db" && name != "user" && !allowed.count(name))
            return usageError("--" + name + " does not go with " + command);
    return it->second(*parsed);
}

std::string CliApp::databasePath(const ParsedArgs& args) const
{
    if (auto db = args.value("db"))
        return *db;
    // Its failure shows when the file is opened, with the path.
    (void)services::makePrivateDataFolder();
    return services::defaultDatabasePath();
}

int CliApp::init(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("init takes no argument");
    auto workspace = services::Workspace::open(databasePath(args));
    if (!workspace)
        return fail(workspace.error());
    m_out << "Ready: " << (*workspace)->path() << " (schema version " << (*workspace)->schemaVersion() << ")\n";
    return ExitOk;
}

int CliApp::check(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("check takes no argument");
    const auto report = services::checkFile(databasePath(args));
    if (!report)
        return fail(report.error());
    m_out << "file: " << report->path << '\n'
          << "integrity: " << report->integrity << '\n'
          << "schema version: " << report->schemaVersion << " (this Trame: " << report->latestSchemaVersion << ")\n";
    for (const auto& [table, count] : report->counts)
        m_out << table << ": " << count << '\n';
    return report->healthy() ? ExitOk : ExitFailure;
}

Result<std::unique_ptr<services::Workspace>> CliApp::openExisting(const ParsedArgs& args) const
{
    const std::string path = databasePath(args);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return makeError(ErrorKind::NotFound, path, "no such database file (create it with 'trame-cli init')");
    return services::Workspace::open(path);
}

Result<std::string> CliApp::readSecret(const char* prompt)
{
    const bool typing = &m_in == &std::cin && isatty(STDIN_FILENO);
    termios saved{};
    if (typing) {
        m_err << prompt << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(m_in, line));
    if (typing) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << '\n';
    }
    if (!read)
        return makeError(ErrorKind::Invalid, "standard input", "a password was expected on standard input");
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

Result<std::string> CliApp::readNewPassword()
{
    auto first = readSecret("New password: ");
    if (!first)
        return first;
    auto second = readSecret("New password again: ");
    if (!second)
        return second;
    if (*first != *second)
        return makeError(ErrorKind::Invalid, "standard input", "the two new passwords differ");
    return first;
}

Result<CliApp::Session> CliApp::signedIn(const ParsedArgs& args)
{
    const auto login = args.value("user");
    if (!login)
        return makeError(ErrorKind::Invalid, "--user",
                         "this command reads personal data: say who you are with --user LOGIN");
    auto workspace = openExisting(args);
    if (!workspace)
        return workspace.error();
    auto password = readSecret("Password: ");
    if (!password)
        return password.error();
    auto actor = services::Accounts(**workspace, m_clock).signIn(*login, *password);
    if (!actor)
        return actor.error();
    Session session;
    session.workspace = std::move(workspace).value();
    session.actor = std::move(actor).value();
    return session;
}

std::optional<std::int64_t> CliApp::positiveNumber(const std::string& text) const
{
    char* end = nullptr;
    errno = 0;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno != 0 || value <= 0)
        return std::nullopt;
    return value;
}

int CliApp::exportCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("export takes no argument; use -o FILE to name the output");
    services::ExportOptions options;
    if (args.has("references")) {
        options.references = true;
        options.beneficiaries = false;
    }
    if (auto id = args.value("beneficiary")) {
        if (options.references)
            return usageError("--references and --beneficiary cannot be combined");
        options.beneficiary = positiveNumber(*id);
        if (!options.beneficiary)
            return usageError("--beneficiary takes a positive number, not '" + *id + "'");
    }
    const auto output = args.value("output");
    const bool toFile = output && *output != "-";
    if (toFile) {
        // Checked before anything is exported (and audited): never over the database itself.
        const std::string db = databasePath(args);
        if (Status free = checkOutput(*output, args.has("force"), {db, db + "-wal", db + "-shm", db + "-journal"});
            !free)
            return fail(free.error());
    }
    Result<std::string> document = std::string();
    if (options.references && !args.has("user")) {
        // The guide's content holds no personal data: anyone may export it.
        auto workspace = openExisting(args);
        if (!workspace)
            return fail(workspace.error());
        auto guide = services::guideContent(**workspace);
        if (!guide)
            return fail(guide.error());
        Document doc;
        doc.references = std::move(guide).value();
        document = serializeDocument(doc);
    } else {
        auto session = signedIn(args);
        if (!session)
            return fail(session.error());
        document = services::Exchange(*session->workspace, m_clock, *session->actor).exportText(options);
    }
    if (!document)
        return fail(document.error());
    if (toFile) {
        if (Status written = writeFileAtomically(*output, *document); !written)
            return fail(written.error());
        return ExitOk;
    }
    m_out << *document;
    m_out.flush();
    return m_out ? ExitOk : ExitFailure;
}

int CliApp::importCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 2)
        return usageError("import takes one file ('-' for standard input)");
    const std::string& file = args.positionals[1];
    Result<std::string> text = std::string();
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    if (file == "-") {
        std::ostringstream content;
        content << m_in.rdbuf();
        text = content.str();
    } else {
        text = readWholeFile(file, kMaxDocumentBytes);
    }
    if (!text)
        return fail(text.error());
    const auto summary = services::Exchange(*session->workspace, m_clock, *session->actor).import(*text);
    if (!summary) {
        Error error = summary.error();
        error.path = error.path.empty() ? file : file + ": " + error.path;
        return fail(error);
    }
    m_out << "Imported " << summary->beneficiaries << " beneficiaries and " << summary->interviews << " interviews"
          << (summary->referencesUpdated ? "; reference content updated" : "") << ".\n";
    return ExitOk;
}

int CliApp::backup(const ParsedArgs& args)
{
    if (args.positionals.size() != 2)
        return usageError("backup takes the destination file");
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    if (Status done = services::backup(*session->workspace, m_clock, *session->actor, args.positionals[1]); !done)
        return fail(done.error());
    m_out << "Backup written to " << args.positionals[1] << '\n';
    return ExitOk;
}

int CliApp::generateCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("generate takes no argument");
    const auto count = args.value("beneficiaries");
    if (!count)
        return usageError("generate needs --beneficiaries N");
    services::GeneratorOptions options;
    const auto parseNumber = [](const std::string& text, std::uint64_t& out) {
        char* end = nullptr;
        errno = 0;
        const unsigned long long value = std::strtoull(text.c_str(), &end, 10);
        if (text.empty() || *end != '\0' || errno != 0 || text[0] == '-')
            return false;
        out = value;
        return true;
    };
    std::uint64_t number = 0;
    if (!parseNumber(*count, number) || number == 0 || number > 10'000'000)
        return usageError("--beneficiaries takes a number from 1 to 10000000, not '" + *count + "'");
    options.beneficiaries = static_cast<std::int64_t>(number);
    if (auto seed = args.value("seed"); seed && !parseNumber(*seed, options.seed))
        return usageError("--seed takes a non-negative number, not '" + *seed + "'");
    auto workspace = services::Workspace::open(databasePath(args));
    if (!workspace)
        return fail(workspace.error());
    const auto summary = services::generate(**workspace, m_clock, options);
    if (!summary)
        return fail(summary.error());
    m_out << "Generated " << summary->beneficiaries << " beneficiaries, " << summary->planSteps << " plan steps and "
          << summary->interviews << " interviews.\n";
    return ExitOk;
}

int CliApp::fail(const Error& error) const
{
    m_err << "trame-cli: " << error.describe() << '\n';
    return error.kind == ErrorKind::Invalid || error.kind == ErrorKind::TooNew ? ExitUsage : ExitFailure;
}

int CliApp::usageError(const std::string& message) const
{
    m_err << "trame-cli: " << message << "\nTry 'trame-cli --help'.\n";
    return ExitUsage;
}

void CliApp::printHelp() const
{
    m_out << kHelp;
}

} // namespace trame::cli
