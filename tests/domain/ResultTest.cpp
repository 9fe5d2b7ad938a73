// Result speaks std::expected's vocabulary, so that steps compose without unwrapping by hand.
#include "domain/Result.h"

#include <catch2/catch.hpp>

#include <string>

using namespace trame;

namespace {
Result<int> parsed(const std::string& text)
{
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        return makeError(ErrorKind::Invalid, "count", "'" + text + "' is not a number");
    return std::stoi(text);
}

Result<int> positive(int n)
{
    if (n == 0)
        return makeError(ErrorKind::Invalid, "count", "is zero");
    return n;
}
} // namespace

TEST_CASE("A result holds a value or an error", "[result]")
{
    const Result<int> three = parsed("3");
    CHECK(three.has_value());
    CHECK(three.ok());
    CHECK(*three == 3);
    CHECK(three.value_or(7) == 3);
    const Result<int> none = parsed("trois");
    CHECK_FALSE(none.has_value());
    CHECK(none.value_or(7) == 7);
    CHECK(none.error().describe() == "count: 'trois' is not a number");
}

TEST_CASE("Steps compose: and_then, transform and or_else", "[result]")
{
    const auto doubled = parsed("21").and_then(positive).transform([](int n) { return 2 * n; });
    CHECK(doubled.value() == 42);
    // The first error stops the chain and comes out as it was.
    const auto zero = parsed("0").and_then(positive).transform([](int n) { return 2 * n; });
    CHECK(zero.error().describe() == "count: is zero");
    const auto bad = parsed("x").and_then(positive);
    CHECK(bad.error().message == "'x' is not a number");
    // transform may change the type.
    const Result<std::string> text = parsed("5").transform([](int n) { return std::to_string(n) + " rendez-vous"; });
    CHECK(text.value() == "5 rendez-vous");
    // or_else recovers from an error, and leaves a value alone.
    CHECK(parsed("x").or_else([](const Error&) { return Result<int>(0); }).value() == 0);
    CHECK(parsed("4").or_else([](const Error&) { return Result<int>(0); }).value() == 4);
    // A moved result hands its value on.
    const auto moved = Result<std::string>(std::string("Élodie")).and_then([](std::string&& name) {
        return Result<std::size_t>(name.size());
    });
    CHECK(moved.value() == 7);
}
