#include "cli/ArgParser.h"

#include <catch2/catch.hpp>

using namespace trame::cli;

namespace {
OptionSpec spec()
{
    OptionSpec s;
    s.flags = {"help", "references"};
    s.withValue = {"db", "output"};
    s.shortNames = {{"-o", "output"}, {"-h", "help"}};
    return s;
}
} // namespace

TEST_CASE("Options may come before or after the command, in both spellings", "[args]")
{
    std::string error;
    auto parsed = parseArgs({"--db", "a.sqlite", "export", "--references", "-o", "out.json"}, spec(), error);
    REQUIRE(parsed);
    CHECK(parsed->value("db") == "a.sqlite");
    CHECK(parsed->has("references"));
    CHECK(parsed->value("output") == "out.json");
    CHECK(parsed->positionals == std::vector<std::string>{"export"});

    parsed = parseArgs({"export", "--db=b.sqlite"}, spec(), error);
    REQUIRE(parsed);
    CHECK(parsed->value("db") == "b.sqlite");
}

TEST_CASE("Unknown options, missing values and values on flags are errors", "[args]")
{
    std::string error;
    CHECK_FALSE(parseArgs({"--frobnicate"}, spec(), error));
    CHECK(error == "unknown option --frobnicate");
    CHECK_FALSE(parseArgs({"-x"}, spec(), error));
    CHECK_FALSE(parseArgs({"--db"}, spec(), error));
    CHECK(error == "option --db needs a value");
    CHECK_FALSE(parseArgs({"--help=yes"}, spec(), error));
}

TEST_CASE("After -- everything is positional", "[args]")
{
    std::string error;
    auto parsed = parseArgs({"import", "--", "--weird-name.json"}, spec(), error);
    REQUIRE(parsed);
    CHECK(parsed->positionals == std::vector<std::string>{"import", "--weird-name.json"});
}
