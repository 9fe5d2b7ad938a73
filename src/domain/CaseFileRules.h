#pragma once

#include "domain/CaseFile.h"
#include "domain/Reference.h"

#include <cstddef>
#include <string>
#include <vector>

// What happens to a case file when the counsellor changes it: the rules the table cells, the
// buttons, the import and the CLI all go through, so that one action has one outcome.
namespace trame::rules {

// Sets an obstacle's status. Lifting it dates it today (never before it was identified); any
// other status clears the lift date.
void setObstacleStatus(Obstacle& obstacle, ObstacleStatus status, const Date& today);

// Removes the obstacle at `row` and unlinks the plan steps that addressed it.
void removeObstacle(CaseFile& caseFile, std::size_t row);

// The catalogue entry of `kind` with `key`, or null.
const CatalogueEntry* findEntry(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind,
                                const std::string& key);

// Choosing a technique or a tool from the catalogue names the row after it, unless the
// counsellor already named it otherwise (a label that is empty or the previous entry's label
// follows the choice). A technique also brings its definition as guidance when none is written.
void chooseTechnique(PostureItem& item, const std::string& key, const std::vector<CatalogueEntry>& catalogue);
void chooseTool(ToolUse& tool, const std::string& key, const std::vector<CatalogueEntry>& catalogue);

// A partner typed or picked: the catalogue's partner whose label or key is `typed` (letter case
// aside), or else a partner of the structure's own, kept by name.
struct PartnerChoice {
    std::string key;  // catalogue key, empty for a partner out of the catalogue
    std::string name; // the typed name, for a partner out of the catalogue
};
PartnerChoice choosePartner(const std::string& typed, const std::vector<CatalogueEntry>& catalogue);

// A row the counsellor added but has not yet named (its required text is blank, and it was never
// stored) is not stored: it stays on screen, and is stored as soon as it is named. Everything else
// is stored as typed, texts of the lists trimmed of surrounding spaces.
CaseFile storedForm(const CaseFile& edited);

// After a save of `storedForm(edited)`: the ids the store gave to new obstacles and steps, and the
// new row version, taken into the copy being edited (which may hold rows not yet stored).
void adoptStoredIds(CaseFile& edited, const CaseFile& stored);

} // namespace trame::rules
