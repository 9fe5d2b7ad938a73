#include "domain/Account.h"
#include "domain/Access.h"

#include <catch2/catch.hpp>

using namespace trame;

TEST_CASE("Logins are short lowercase identifiers", "[domain][accounts]")
{
    for (const char* good : {"cmartin", "c.martin", "jean-pierre", "a1", "dupont_2"})
        CHECK(validateLogin(good).ok());
    for (const char* bad : {"", "c", "CMartin", "1abc", "c martin", "clémence", "abcdefghijklmnopqrstuvwxyz1234567"})
        CHECK(validateLogin(bad).error().path == "login");
}

TEST_CASE("Passwords have at least 12 characters, counted as characters", "[domain][accounts]")
{
    CHECK(validatePassword("douze caract", "cmartin").ok());
    CHECK_FALSE(validatePassword("onze caract", "cmartin").ok());
    CHECK(validatePassword("ééééééééééé", "cmartin").error().message == "a password has at least 12 characters");
    CHECK(validatePassword("éééééééééééé", "cmartin").ok());
    CHECK_FALSE(validatePassword("with a\nnewline!", "cmartin").ok());
    CHECK_FALSE(validatePassword(std::string(201, 'x'), "cmartin").ok());
    CHECK_FALSE(validatePassword("\xC3\x28 invalid utf-8", "cmartin").ok());
    CHECK(validatePassword("cmartin12345", "cmartin12345").error().message == "the password cannot be the login");
}

TEST_CASE("A refusal names the role and the action", "[domain][access]")
{
    CHECK(require(Role::Counsellor, Action::EditCaseFile, Scope::Own).ok());
    const auto refused = require(Role::Counsellor, Action::EditCaseFile, Scope::Other);
    CHECK(refused.error().kind == ErrorKind::Denied);
    CHECK(refused.error().message == "a conseiller may not edit_case_file on another counsellor's case file");
    // A trainee reads the guide and nothing else, whatever the scope.
    for (Action action : allEnumerators<Action>())
        for (Scope scope : {Scope::Own, Scope::Other, Scope::Any})
            CHECK(permits(Role::Trainee, action, scope) == (action == Action::ReadReferences));
}
