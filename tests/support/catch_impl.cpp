// Catch2's implementation, compiled once (≈ 45 s) and shared by every test program.
// Catch v2 declares Session only where its implementation is compiled, hence runCatch().
#define CATCH_CONFIG_RUNNER
#include "support/RunCatch.h"

#include <catch2/catch.hpp>

int runCatch(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}
