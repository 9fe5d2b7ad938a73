#pragma once

// Running the built trame-cli in the tests, as a user of a given file.
#include "support/Process.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

inline ProcessResult cli(const std::vector<std::string>& args, const std::string& input = {})
{
    return runProcess(TRAME_CLI_PATH, args, input);
}

inline const std::string kPassword = "mot de passe du test";

// Runs a command as `login` of the file `db`: the password first on standard input, then `input`.
inline ProcessResult cliAs(const std::string& login, const std::string& db, std::vector<std::string> args,
                           const std::string& input = {})
{
    args.insert(args.begin(), {"--db", db, "--user", login});
    return runProcess(TRAME_CLI_PATH, args, kPassword + "\n" + input);
}

// A new file with its first administrator, "admin".
inline void initWithAdministrator(const std::string& db)
{
    REQUIRE(cli({"--db", db, "init"}).exitCode == 0);
    const auto made =
        cli({"--db", db, "user", "add", "admin", "--role", "administrateur"}, kPassword + "\n" + kPassword + "\n");
    INFO(made.err);
    REQUIRE(made.exitCode == 0);
}
