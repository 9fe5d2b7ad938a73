#include "support/RunCatch.h"

int main(int argc, char** argv)
{
    return runCatch(argc, argv);
}
