#pragma once

#include "cli/ArgParser.h"
#include "domain/Result.h"
#include "services/Workspace.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace trame::cli {

// Exit statuses, the contract scripts rely on.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// trame-cli: parses the command line, dispatches to a command, maps errors to exit statuses.
class CliApp {
public:
    CliApp(std::istream& in, std::ostream& out, std::ostream& err);
    int run(const std::vector<std::string>& args);

private:
    int init(const ParsedArgs& args);
    int check(const ParsedArgs& args);
    int exportCommand(const ParsedArgs& args);
    int importCommand(const ParsedArgs& args);
    int backup(const ParsedArgs& args);
    int generateCommand(const ParsedArgs& args);

    // Commands other than init refuse to create a file that does not exist.
    Result<std::unique_ptr<services::Workspace>> openExisting(const ParsedArgs& args) const;
    std::string databasePath(const ParsedArgs& args) const;
    int fail(const Error& error) const;
    int usageError(const std::string& message) const;
    void printHelp() const;

    std::istream& m_in;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace trame::cli
