#pragma once

#include "domain/Document.h"
#include "domain/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trame::services {

class Workspace;

struct ExportOptions {
    bool references = false;                  // add the guide's content
    bool beneficiaries = true;
    std::optional<std::int64_t> beneficiary;  // only this person
};

// What the options select, as a document in memory.
Result<Document> collectDocument(Workspace& workspace, const ExportOptions& options);
// The same, written as "trame/1" (docs/data-format.md).
Result<std::string> exportDocument(Workspace& workspace, const ExportOptions& options);

struct ImportSummary {
    std::size_t beneficiaries = 0;
    std::size_t interviews = 0;
    bool referencesUpdated = false;
};

// All or nothing: the whole document is parsed and validated, then written in one transaction;
// one bad record and the file is left exactly as it was. Ids are kept; an id already used in
// the file is an error naming the record. A references section replaces the stored guide content
// only when its seed version is newer.
Result<ImportSummary> importDocument(Workspace& workspace, std::string_view text);

} // namespace trame::services
