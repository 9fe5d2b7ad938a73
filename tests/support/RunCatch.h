#pragma once

// Runs the Catch2 session over every test linked into the program.
int runCatch(int argc, char** argv);
