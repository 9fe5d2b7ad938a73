#pragma once

#include "cli/ArgParser.h"
#include "domain/Result.h"
#include "services/Actor.h"
#include "services/Clock.h"
#include "services/Workspace.h"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trame::cli {

struct Command;

// Exit statuses, the contract scripts rely on.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// trame-cli: parses the command line, dispatches to a command, maps errors to exit statuses.
// Commands that touch personal data sign in first (--user, the password on standard input) and
// are then held to the same rules as the application.
class CliApp {
public:
    CliApp(std::istream& in, std::ostream& out, std::ostream& err);
    int run(const std::vector<std::string>& args);

private:
    // The command table names the handlers below.
    friend const std::vector<Command>& commandTable();

    // A workspace and the user signed in on it.
    struct Session {
        std::unique_ptr<services::Workspace> workspace;
        std::optional<services::Actor> actor;
    };

    int init(const ParsedArgs& args);
    int check(const ParsedArgs& args);
    int exportCommand(const ParsedArgs& args);
    int importCommand(const ParsedArgs& args);
    int backup(const ParsedArgs& args);
    int generateCommand(const ParsedArgs& args);
    // AdminCommands.cpp
    int userCommand(const ParsedArgs& args);
    int userAdd(const ParsedArgs& args);
    int auditCommand(const ParsedArgs& args);
    int eraseCommand(const ParsedArgs& args);
    int retentionCommand(const ParsedArgs& args);
    // BackupCommands.cpp
    int backupsCommand(const ParsedArgs& args);
    int restoreCommand(const ParsedArgs& args);
    // AgendaCommand.cpp
    int agendaCommand(const ParsedArgs& args);
    // DocumentCommand.cpp
    int documentCommand(const ParsedArgs& args);
    int referenceDocument(const ParsedArgs& args);
    // ServerCommands.cpp
    int serverCommand(const ParsedArgs& args);
    int migrateToServer(const ParsedArgs& args);

    // Commands other than init refuse to create a file that does not exist.
    Result<std::unique_ptr<services::Workspace>> openExisting(const ParsedArgs& args) const;
    // Opens the file and signs in the --user with the password read from standard input.
    Result<Session> signedIn(const ParsedArgs& args);
    // One line of standard input, without its line ending; an error at the end of input.
    Result<std::string> readSecret(const char* prompt);
    Result<std::string> readNewPassword();
    std::optional<std::int64_t> positiveNumber(const std::string& text) const;
    std::string databasePath(const ParsedArgs& args) const;
    // Whether a file may be written as OUTPUT: never over the database or its logs, an existing
    // one only with --force. Checked before anything is exported (and audited).
    Status outputAllowed(const ParsedArgs& args, const std::string& output) const;
    int fail(const Error& error) const;
    int usageError(const std::string& message) const;
    void printHelp() const;

    std::istream& m_in;
    std::ostream& m_out;
    std::ostream& m_err;
    services::SystemClock m_clock;
};

} // namespace trame::cli
