#pragma once

#include "domain/Document.h"
#include "domain/Result.h"
#include "services/Actor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trame::services {

class Clock;
class Workspace;

struct ExportOptions {
    bool references = false; // add the guide's content
    bool beneficiaries = true;
    std::optional<std::int64_t> beneficiary; // only this person
};

struct ImportSummary {
    std::size_t beneficiaries = 0;
    std::size_t interviews = 0;
    bool referencesUpdated = false;
};

// Files in and out, as "trame/1" (docs/data-format.md). Exporting everyone and importing are an
// administrator's; one person's file goes to the administrator (a data-rights request) or to
// their own counsellor; the guide's content to anyone. Each export or import is audited.
class Exchange {
public:
    Exchange(Workspace& workspace, const Clock& clock, const Actor& actor);

    // What the options select, as a document in memory.
    Result<Document> collect(const ExportOptions& options);
    // The same, written out.
    Result<std::string> exportText(const ExportOptions& options);

    // All or nothing: the whole document is parsed and validated, then written in one
    // transaction; one bad record and the file is left exactly as it was. Ids are kept; an id
    // already used in the file is an error naming the record. A references section replaces the
    // stored guide content only when its seed version is newer.
    Result<ImportSummary> import(std::string_view text);

private:
    Status authorizeExport(const ExportOptions& options);

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
