#include "services/Seed.h"

#include "domain/Document.h"
#include "services/EmbeddedFile.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace trame::services {

namespace {

template <typename T> T orThrow(Result<T> result)
{
    if (!result)
        throw result.error();
    return std::move(result).value();
}

void requireKey(const std::set<std::string>& known, const std::string& key, const std::string& where)
{
    if (!key.empty() && !known.count(key))
        throw makeError(ErrorKind::Invalid, where, "'" + key + "' is not in the catalogue");
}

// Every key a case uses is in the catalogue, and every catalogue entry lists exactly the cases
// that use it (for tools, partners and techniques).
void checkConsistency(const ReferenceContent& content)
{
    std::map<CatalogueKind, std::set<std::string>> keys;
    for (const CatalogueEntry& e : content.catalogue)
        keys[e.kind].insert(e.key);
    std::map<std::pair<CatalogueKind, std::string>, std::set<int>> used;
    for (const ReferenceCase& c : content.cases) {
        const std::string at = "case-" + std::to_string(c.number) + ".json";
        for (const PostureItem& p : c.content.attitude) {
            requireKey(keys[CatalogueKind::Technique], p.technique, at + " attitude");
            used[{CatalogueKind::Technique, p.technique}].insert(c.number);
        }
        for (const ToolUse& t : c.content.tools) {
            requireKey(keys[CatalogueKind::Tool], t.tool, at + " tools");
            if (!t.tool.empty())
                used[{CatalogueKind::Tool, t.tool}].insert(c.number);
        }
        for (const Referral& r : c.content.referrals) {
            requireKey(keys[CatalogueKind::Partner], r.partner, at + " referrals");
            used[{CatalogueKind::Partner, r.partner}].insert(c.number);
        }
        for (const PlanStep& s : c.content.plan)
            requireKey(keys[CatalogueKind::Partner], s.partner, at + " plan");
    }
    for (const CatalogueEntry& e : content.catalogue) {
        if (e.kind == CatalogueKind::ObstacleCategory) {
            if (!parseEnum<ObstacleCategory>(e.key))
                throw makeError(ErrorKind::Invalid, "catalogue.json", "'" + e.key + "' is not an obstacle category");
            continue;
        }
        const std::set<int> listed(e.referenceCases.begin(), e.referenceCases.end());
        const auto it = used.find({e.kind, e.key});
        const std::set<int> actual = it == used.end() ? std::set<int>{} : it->second;
        // A case may also mention an entry in its text without listing it as a tool: listed ⊇ used.
        for (int number : actual)
            if (!listed.count(number))
                throw makeError(ErrorKind::Invalid, "catalogue.json",
                                "'" + e.key + "' does not list case " + std::to_string(number) + ", which uses it");
    }
}

} // namespace

Status checkReplacement(const ReferenceContent& content,
                        const std::map<CatalogueKind, std::set<std::string>>& keysInUse)
{
    std::set<int> numbers;
    for (const ReferenceCase& c : content.cases)
        numbers.insert(c.number);
    if (numbers != std::set<int>{1, 2, 3, 4, 5, 6} || content.cases.size() != 6)
        return makeError(ErrorKind::Invalid, "references.cases", "must hold the guide's six cases, numbered 1 to 6");
    if (content.templates.empty())
        return makeError(ErrorKind::Invalid, "references.templates", "must hold the Annexe 1 template");
    try {
        checkConsistency(content);
    } catch (const Error& error) {
        return Error{ErrorKind::Invalid, "references." + error.path, error.message};
    }
    for (const auto& [kind, keys] : keysInUse)
        for (const std::string& key : keys) {
            bool kept = false;
            for (const CatalogueEntry& e : content.catalogue)
                kept = kept || (e.kind == kind && e.key == key);
            if (!kept)
                return makeError(ErrorKind::Invalid, "references.catalogue",
                                 "'" + key + "' is used by case files and would disappear");
        }
    return Ok{};
}

Result<ReferenceContent> builtInReferences()
{
    try {
        ReferenceContent content;
        for (const EmbeddedFile& file : seedFiles()) {
            const std::string name(file.name);
            if (name == "seed.json") {
                const auto j = nlohmann::json::parse(file.content);
                content.seedVersion = j.at("seed_version").get<int>();
            } else if (name.rfind("case-", 0) == 0) {
                content.cases.push_back(orThrow(parseReferenceCase(file.content, name)));
            } else if (name == "catalogue.json") {
                content.catalogue = orThrow(parseCatalogue(file.content, name));
            } else if (name.rfind("template-", 0) == 0) {
                content.templates.push_back(orThrow(parseTemplate(file.content, name)));
            } else {
                return makeError(ErrorKind::Internal, name, "unexpected file in the seed");
            }
        }
        std::sort(content.cases.begin(), content.cases.end(),
                  [](const ReferenceCase& a, const ReferenceCase& b) { return a.number < b.number; });
        std::sort(content.templates.begin(), content.templates.end(),
                  [](const InterviewTemplate& a, const InterviewTemplate& b) { return a.version < b.version; });
        checkConsistency(content);
        return content;
    } catch (const Error& error) {
        return Error{ErrorKind::Internal, "seed/" + error.path, error.message};
    } catch (const std::exception& e) {
        return makeError(ErrorKind::Internal, "seed", e.what());
    }
}

int builtInSeedVersion()
{
    for (const EmbeddedFile& file : seedFiles())
        if (file.name == "seed.json")
            return nlohmann::json::parse(file.content).at("seed_version").get<int>();
    return 0;
}

Result<bool> seedReferences(storage::Database& db)
{
    storage::ReferenceRepository references(db);
    const auto stored = references.seedVersion();
    if (!stored)
        return stored.error();
    // Parsing the whole seed costs milliseconds at every start: only when it is needed.
    if (*stored >= builtInSeedVersion())
        return false;
    static const Result<ReferenceContent> builtIn = builtInReferences();
    if (!builtIn)
        return builtIn.error();
    if (Status replaced = references.replace(*builtIn); !replaced)
        return replaced.error();
    return true;
}

} // namespace trame::services
