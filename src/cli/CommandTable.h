#pragma once

#include "cli/ArgParser.h"

#include <set>
#include <string>
#include <vector>

namespace trame::cli {

class CliApp;

// Who may run a command, as its help line says; the services check it again on every call.
enum class Runner {
    Anyone,       // no sign-in: the file's own health or the guide's content
    SignedInUser, // --user LOGIN and their password: personal data, held to the program's rules
};

// One row per command: everything the dispatcher, the option check and the help know of it.
struct Command {
    std::string name;
    std::string synopsis;                // after the name, as the help shows it
    std::vector<std::string> help;       // the help's lines, already wrapped
    std::vector<std::string> otherForms; // its other sub-commands, one help line each
    std::set<std::string> options;       // besides --db and --user; any other is refused
    Runner runner = Runner::Anyone;
    int (CliApp::*handler)(const ParsedArgs&) = nullptr;
};

// One option of the command line, global or a command's.
struct Option {
    std::string name;
    bool takesValue = false;
    std::string shortName; // "-o", or empty
};

const std::vector<Command>& commandTable();
const std::vector<Option>& optionTable();
const Command* findCommand(const std::string& name);
// What the parser accepts: every option of the table.
OptionSpec optionSpec();
// The whole --help text, built from the tables.
std::string helpText();

} // namespace trame::cli
