#pragma once

#include <sys/stat.h>

// The usual umask of a desktop session (022, which leaves new files readable by every account),
// for a test's duration; the programs a test starts inherit it.
struct UsualUmask {
    mode_t before = ::umask(022);
    UsualUmask() = default;
    ~UsualUmask() { ::umask(before); }
    UsualUmask(const UsualUmask&) = delete;
    UsualUmask& operator=(const UsualUmask&) = delete;
};
