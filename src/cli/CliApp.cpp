#include "cli/CliApp.h"

#include "cli/CommandTable.h"
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

    const std::string& name = parsed->positionals.front();
    const Command* command = findCommand(name);
    if (!command)
        return usageError("unknown command '" + name + "'");
    for (const auto& [option, value] : parsed->options)
        if (option != "db" && option != "user" && !command->options.count(option))
            return usageError("--" + option + " does not go with " + name);
    return (this->*command->handler)(*parsed);
}

Status CliApp::outputAllowed(const ParsedArgs& args, const std::string& output) const
{
    const std::string db = databasePath(args);
    return checkOutput(output, args.has("force"), {db, db + "-wal", db + "-shm", db + "-journal"});
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
    if (report->schemaVersion >= 7 && report->integrity == "ok") {
        m_out << "audit trail: " << report->auditChain << " (" << report->chainedEntries << " entries chained";
        if (report->unchainedEntries > 0)
            m_out << ", " << report->unchainedEntries << " older ones not";
        m_out << (report->chainHead.empty() ? std::string() : "; head " + report->chainHead.substr(0, 16)) << ")\n";
    }
    for (const auto& [table, count] : report->counts)
        m_out << table << ": " << count << '\n';
    return report->healthy() ? ExitOk : ExitFailure;
}

Result<std::unique_ptr<services::Workspace>> CliApp::openExisting(const ParsedArgs& args) const
{
    const std::string path = databasePath(args);
    std::error_code ec;
    if (!services::isServerLocation(path) && !std::filesystem::exists(path, ec))
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
        if (Status free = outputAllowed(args, *output); !free)
            return fail(free.error());
    }
    Result<std::string> document = std::string();
    if (options.references && !args.has("user")) {
        // The guide's content holds no personal data: anyone may export it.
        // Read without writing: the file may be in a read-only folder, or another Trame's.
        auto guide = services::readGuideContent(databasePath(args));
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
    m_out << "Generated " << summary->beneficiaries << " beneficiaries, " << summary->planSteps << " plan steps, "
          << summary->interviews << " interviews and " << summary->appointments << " appointments.\n";
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
    m_out << helpText();
}

} // namespace trame::cli
