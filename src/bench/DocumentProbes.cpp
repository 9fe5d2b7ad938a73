// The documents at scale: the whole case file of the person with the most rows, read under its
// audit entry and laid out as a PDF, against a blank page written by the same composer.
#include "Probes.h"

#include "BenchSupport.h"

#include "documents/DocumentFiles.h"
#include "documents/GuiSession.h"
#include "documents/PaperComposer.h"
#include "services/Documents.h"
#include "services/Workspace.h"

#include <stdexcept>

using namespace trame;
using namespace bench;

namespace {

// Pages of a PDF as QPdfWriter writes them: one "/Type /Page" object each, besides the "/Pages" tree.
int pageCount(const std::string& pdf)
{
    int pages = 0;
    for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
        if (pdf.compare(at, 12, "/Type /Pages") != 0)
            ++pages;
    return pages;
}

} // namespace

namespace Probes {

std::vector<Row> documents(const std::string& path, int runs)
{
    const documents::GuiSession session;
    const std::int64_t id = largestCaseFile(path);
    auto workspace = openWorkspace(path);
    const services::Actor reader = benchUser(*workspace, Role::Supervisor, "bench-superviseur");
    services::Documents service(*workspace, kClock, reader);
    const auto sample = service.source(DocumentKind::CaseFile, id);
    if (!sample)
        throw std::runtime_error("cannot read the largest case file: " + sample.error().describe());
    const int pages = pageCount(documents::documentPdf(*sample));

    const auto blankPage = [] {
        documents::PaperComposer blank(QStringLiteral("Blank"), QStringLiteral("Trame"), QString());
        blank.paragraph(QStringLiteral(" "));
        if (blank.pdf().isEmpty())
            throw std::runtime_error("no blank page");
    };
    const auto layout = [&] {
        if (documents::documentPdf(*sample).empty())
            throw std::runtime_error("no document");
    };
    const auto whole = [&] {
        auto source = service.source(DocumentKind::CaseFile, id);
        if (!source || documents::documentPdf(*source).empty())
            throw std::runtime_error("no document");
    };
    const auto t = measureInterleaved(runs, {blankPage, layout, whole});

    const std::string label = "whole case file as PDF (" + std::to_string(pages) + " pages), per page";
    // A page of text costs its glyphs over a blank one: within three blank pages' time. Reading the
    // file under its audit entry adds one transaction to the layout: within half as much again.
    Row perPage = makeRow("", "a blank page, same composer", "ratio <= 3", 3);
    perPage.operation = label;
    perPage.floorValue = t[0];
    perPage.value = {t[1].median / pages, t[1].p95 / pages};
    Row read = makeRow("", "the layout alone", "ratio <= 1.5", 1.5);
    read.operation = "whole case file: audited read + PDF";
    read.floorValue = t[1];
    read.value = t[2];
    Row rate = makeRow("", "blank pages per second", "ratio >= 0.33", 0.33);
    rate.operation = "case-file pages per second";
    rate.unit = "pages/s";
    rate.higherIsBetter = true;
    rate.floorValue = {1000.0 / t[0].median, 1000.0 / t[0].p95};
    rate.value = {1000.0 * pages / t[1].median, 1000.0 * pages / t[1].p95};
    return {perPage, read, rate};
}

} // namespace Probes
