#pragma once

// A test VFS over SQLite's default one that fails the Nth write, sync or truncate of any file, so
// that tests can break every step of a save in turn. Installed as the default VFS of the test
// process; passes everything through while disarmed.
namespace faulty {

enum class Operation { Write, Sync, Truncate };

void install();
// Counts operations from now on and fails the `nth` of `operation` (1-based) with `sqliteError`,
// and every one of that kind after it (a full disk stays full). nth = 0: count only.
void arm(Operation operation, int nth, int sqliteError);
void disarm();
int count(Operation operation);
int faultsInjected();

} // namespace faulty
