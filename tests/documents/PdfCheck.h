#pragma once

// Reading back a PDF with poppler's tools (pdfinfo, pdffonts, pdftotext), which are not the library
// that wrote it.
#include "support/Process.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

inline std::string pdfTool(const char* tool, std::vector<std::string> args)
{
    const ProcessResult run = runProcess(std::string("/usr/bin/") + tool, args);
    INFO(tool << ": " << run.err);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// The text of page `page` (from 1), or of every page with 0.
inline std::string pdfText(const std::string& file, int page = 0)
{
    std::vector<std::string> args;
    if (page > 0)
        args = {"-f", std::to_string(page), "-l", std::to_string(page)};
    args.insert(args.end(), {file, "-"});
    return pdfTool("pdftotext", args);
}

inline int pdfPages(const std::string& file)
{
    std::istringstream info(pdfTool("pdfinfo", {file}));
    for (std::string line; std::getline(info, line);)
        if (line.rfind("Pages:", 0) == 0)
            return std::stoi(line.substr(6));
    FAIL("pdfinfo gave no page count");
    return 0;
}

// Every font of the file is embedded (pdffonts' "emb" column says yes), and there is at least one.
inline bool fontsEmbedded(const std::string& file)
{
    std::istringstream fonts(pdfTool("pdffonts", {file}));
    std::string header, rule, line;
    std::getline(fonts, header);
    std::getline(fonts, rule);
    const std::size_t column = header.find(" emb ") + 1;
    int rows = 0;
    while (std::getline(fonts, line)) {
        ++rows;
        if (line.size() < column + 3 || line.compare(column, 3, "yes") != 0)
            return false;
    }
    return rows > 0;
}
