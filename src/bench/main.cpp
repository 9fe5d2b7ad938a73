// trame-bench [--runs N] [--json FILE] DATABASE...
// Measures Trame's operations on each file against floors measured in the same run, prints a
// table per file and writes all of it as JSON. Make the files with trame-cli generate.
#include "Probes.h"
#include "ServerProbes.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <string>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0)
        return Probes::child(argv[2], argv[3]);

    // Sub-millisecond operations on a shared machine need hundreds of samples for a stable median;
    // whole processes (start-up) get a tenth of a second each, so a thirtieth of the runs.
    int runs = 300;
    std::string jsonPath;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(3, std::atoi(argv[++i]));
        else if (arg == "--json" && i + 1 < argc)
            jsonPath = argv[++i];
        else
            files.push_back(arg);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: trame-bench [--runs N] [--json FILE] DATABASE...\n");
        return 2;
    }
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    std::string json = "[";
    for (const std::string& file : files) {
        // A file that is missing, not Trame's, or locked stops the run with its name and the
        // reason, rather than an uncaught exception.
        try {
            if (file.starts_with("postgresql://") || file.starts_with("postgres://")) {
                const long long people = ServerProbes::beneficiaryCount(file);
                const auto rows = ServerProbes::all(file, runs);
                const std::string label = "server (" + std::to_string(people) + " beneficiaries)";
                printTable(label, rows);
                json += (json.size() > 1 ? "," : "") + toJson("server", people, rows);
                continue;
            }
            const long long people = Probes::beneficiaryCount(file);
            std::vector<Row> rows;
            for (Row& row : Probes::startup(argv[0], file, std::max(5, runs / 30)))
                rows.push_back(row);
            for (Row& row : Probes::search(file, runs))
                rows.push_back(row);
            rows.push_back(Probes::firstPage(file, runs));
            for (Row& row : Probes::sortedFirstPages(file, runs))
                rows.push_back(row);
            for (Row& row : Probes::openLargestCaseFile(file, runs))
                rows.push_back(row);
            rows.push_back(Probes::autosave(file, runs));
            for (Row& row : Probes::agenda(file, runs))
                rows.push_back(row);
            for (Row& row : Probes::documents(file, runs))
                rows.push_back(row);
            rows.push_back(Probes::exportAll(file, 3));
            rows.push_back(Probes::peakMemory(argv[0], file));
            for (Row& row : Probes::signInRefusals(file, std::max(5, runs / 20)))
                rows.push_back(row);
            printTable(file + " (" + std::to_string(people) + " beneficiaries)", rows);
            json += (json.size() > 1 ? ",\n" : "\n") + toJson(file, people, rows);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "trame-bench: %s: %s\n", file.c_str(), e.what());
            return 1;
        }
    }
    json += "\n]\n";
    if (!jsonPath.empty() && !(std::ofstream(jsonPath) << json)) {
        std::fprintf(stderr, "trame-bench: cannot write %s\n", jsonPath.c_str());
        return 1;
    }
    return 0;
}
