#include "shell/AppOptions.h"

#include <catch2/catch.hpp>

TEST_CASE("The language is read before the full parse, French when absent", "[gui][options]")
{
    const QString program = QStringLiteral("trame");
    CHECK(AppOptions::languageFrom({program}) == QStringLiteral("fr"));
    CHECK(AppOptions::languageFrom({program, QStringLiteral("--lang"), QStringLiteral("en")}) == QStringLiteral("en"));
    CHECK(AppOptions::languageFrom({program, QStringLiteral("--lang=en")}) == QStringLiteral("en"));
}

TEST_CASE("The database path and the language are parsed", "[gui][options]")
{
    const AppOptions options =
        AppOptions::parse({QStringLiteral("trame"), QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"),
                           QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(options.databasePath == QStringLiteral("/tmp/x.sqlite"));
    CHECK(options.language == QStringLiteral("en"));
    const AppOptions defaults = AppOptions::parse({QStringLiteral("trame")});
    CHECK(defaults.databasePath.isEmpty());
    CHECK(defaults.language == QStringLiteral("fr"));
}
