#include "domain/Text.h"

#include <catch2/catch.hpp>

using namespace trame;

TEST_CASE("UTF-8 length counts characters and rejects malformed bytes", "[text]")
{
    CHECK(utf8Length("Élodie") == 6u);
    CHECK(utf8Length("« oui »") == 7u);
    CHECK(utf8Length("emoji 🙂") == 7u);
    CHECK_FALSE(utf8Length("\xC3"));         // truncated
    CHECK_FALSE(utf8Length("\xC0\xAF"));     // overlong '/'
    CHECK_FALSE(utf8Length("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(utf8Length("\xFF"));
    CHECK_FALSE(utf8Length("abc\x80"));
}

TEST_CASE("Text problems: length, control characters, line breaks where not allowed", "[text]")
{
    CHECK_FALSE(textProblem("Gardienne d'immeuble", 30, false));
    CHECK(textProblem(std::string(31, 'a'), 30, false) ==
          std::string("is 31 characters long, more than the 30 allowed"));
    CHECK(textProblem("é", 1, false) == std::nullopt);
    CHECK(textProblem("two\nlines", 100, false));
    CHECK_FALSE(textProblem("two\nlines", 100, true));
    CHECK(textProblem(std::string("nul\0byte", 8), 100, true));
    CHECK(textProblem("\xC3(", 100, true) == std::string("is not valid UTF-8 text"));
}

TEST_CASE("Keys are lowercase identifiers", "[text]")
{
    CHECK(isKey("immersion_facile"));
    CHECK(isKey("cle_a2"));
    CHECK_FALSE(isKey("Immersion"));
    CHECK_FALSE(isKey("2fast"));
    CHECK_FALSE(isKey("with space"));
    CHECK_FALSE(isKey(""));
}
