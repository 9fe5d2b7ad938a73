#pragma once

#include "Measure.h"

#include <cstdint>
#include <string>
#include <vector>

// Each probe measures one operation of Trame on the file at `path` and, in the same run, the floor
// it is compared with. Probes that write change the file a little (one case file saved again).
namespace Probes {

// Each also returns a second row against a fairer floor, for the discussion in docs/benchmarks.md.
std::vector<Row> startup(const std::string& program, const std::string& path, int runs);
std::vector<Row> search(const std::string& path, int runs);
Row firstPage(const std::string& path, int runs);
// ListOrderProbes.cpp: the first page sorted by status, counsellor, next appointment.
std::vector<Row> sortedFirstPages(const std::string& path, int runs);
std::vector<Row> openLargestCaseFile(const std::string& path, int runs);
Row autosave(const std::string& path, int runs);
// AgendaProbes.cpp: the busiest counsellor's week, and their « À faire » list.
std::vector<Row> agenda(const std::string& path, int runs);
Row exportAll(const std::string& path, int runs);
// DocumentProbes.cpp: the whole case file of the largest one as a PDF, against a blank page.
std::vector<Row> documents(const std::string& path, int runs);
Row peakMemory(const std::string& program, const std::string& path);
// SignInProbe.cpp: an unknown login, a locked and a disabled account against a wrong password.
std::vector<Row> signInRefusals(const std::string& path, int runs);

// The child processes of startup and peakMemory: "bare" shows an empty window, "app" starts
// Trame on the file as its launcher does; "memory-*" do the same (the app also opens the largest
// case file) and print their peak resident memory in kB.
int child(const std::string& mode, const std::string& path);

long long beneficiaryCount(const std::string& path);
// The person with the most rows: the case file that is slowest to open.
std::int64_t largestCaseFile(const std::string& path);

} // namespace Probes
