#include "cli/CliApp.h"

#include "services/AppPaths.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"

#include <filesystem>
#include <functional>
#include <iostream>
#include <map>

namespace trame::cli {

namespace {

const char* const kHelp = R"(Usage: trame-cli [--db PATH] COMMAND [OPTIONS]

Administration tool for Trame's SQLite file.

Commands:
  init                 create or migrate the file and seed the guide's reference content
  check                integrity, schema version and counts; exit status 1 if damaged

Options:
  --db PATH            the database file (default: Trame's own, in ~/.local/share/Trame)
  -h, --help           show this help and exit
  --version            show the version and exit

Exit status: 0 success, 1 runtime failure, 2 bad usage or bad input.
)";

OptionSpec optionSpec()
{
    OptionSpec spec;
    spec.flags = {"help", "version"};
    spec.withValue = {"db"};
    spec.shortNames = {{"-h", "help"}};
    return spec;
}

} // namespace

CliApp::CliApp(std::istream& in, std::ostream& out, std::ostream& err)
    : m_in(in), m_out(out), m_err(err)
{
}

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

    const std::map<std::string, std::function<int(const ParsedArgs&)>> commands = {
        {"init", [this](const ParsedArgs& a) { return init(a); }},
        {"check", [this](const ParsedArgs& a) { return check(a); }},
    };
    const std::string& command = parsed->positionals.front();
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError("unknown command '" + command + "'");
    return it->second(*parsed);
}

std::string CliApp::databasePath(const ParsedArgs& args) const
{
    if (auto db = args.value("db"))
        return *db;
    std::error_code ec;
    std::filesystem::create_directories(services::defaultDataFolder(), ec);
    return services::defaultDatabasePath();
}

int CliApp::init(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("init takes no argument");
    auto workspace = services::Workspace::open(databasePath(args));
    if (!workspace)
        return fail(workspace.error());
    m_out << "Ready: " << (*workspace)->path() << " (schema version "
          << (*workspace)->schemaVersion() << ")\n";
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
          << "schema version: " << report->schemaVersion << " (this Trame: "
          << report->latestSchemaVersion << ")\n";
    for (const auto& [table, count] : report->counts)
        m_out << table << ": " << count << '\n';
    return report->healthy() ? ExitOk : ExitFailure;
}

int CliApp::fail(const Error& error) const
{
    m_err << "trame-cli: " << error.describe() << '\n';
    return error.kind == ErrorKind::Invalid || error.kind == ErrorKind::TooNew ? ExitUsage
                                                                               : ExitFailure;
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
