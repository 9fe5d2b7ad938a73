#pragma once

#include "domain/CaseFile.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trame {

// One of the guide's six worked cases: a case file in the same frame, read-only, citing the guide.
struct ReferenceCase {
    int number = 0;
    std::string title;        // as displayed (obvious typos corrected, see docs/guide-notes.md)
    std::string titleInGuide; // exactly as the guide prints it
    Civility civility = Civility::Unspecified;
    std::string name;
    std::optional<int> age;
    CaseFile content;
    std::string indicatorsNote;     // says so when the guide gives no indicator
    std::string source;             // where in the guide
    std::vector<std::string> notes; // the guide's defects that touch this case

    friend bool operator==(const ReferenceCase&, const ReferenceCase&) = default;
};

// A tool or scheme, a partner, a posture technique or an obstacle category.
struct CatalogueEntry {
    CatalogueKind kind = CatalogueKind::Tool;
    std::string key;
    std::string label;
    std::string description;
    std::vector<int> referenceCases;          // numbers of the guide's cases that use it
    std::map<std::string, std::string> codes; // referential -> code (carnet_de_bord, france_travail)

    friend bool operator==(const CatalogueEntry&, const CatalogueEntry&) = default;
};

struct TemplateItem {
    std::string key; // stable across versions when the meaning is unchanged
    std::string label;
    std::vector<TemplateItem> children;

    friend bool operator==(const TemplateItem&, const TemplateItem&) = default;
};

// The Annexe 1 follow-up template, versioned so that an interview keeps the version it used.
struct InterviewTemplate {
    int version = 1;
    std::string title;
    std::string instructions;
    std::vector<TemplateItem> items;

    const TemplateItem* find(const std::string& key) const;
    friend bool operator==(const InterviewTemplate&, const InterviewTemplate&) = default;
};

// Everything reference: what the seed holds and `export --references` writes.
struct ReferenceContent {
    int seedVersion = 0;
    std::vector<ReferenceCase> cases;
    std::vector<CatalogueEntry> catalogue;
    std::vector<InterviewTemplate> templates;

    friend bool operator==(const ReferenceContent&, const ReferenceContent&) = default;
};

} // namespace trame
