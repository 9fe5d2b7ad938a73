#include "domain/CaseFileRules.h"

#include <algorithm>
#include <initializer_list>

namespace trame::rules {

namespace {

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// ASCII letter case only: catalogue keys and labels are compared as a person would type them.
std::string folded(const std::string& text)
{
    std::string out = trimmed(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

// Takes `key`'s entry and renames `label` after it, when the label still followed the old entry.
const CatalogueEntry* follow(std::string& current, std::string& label, const std::string& key,
                             const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind)
{
    const CatalogueEntry* before = findEntry(catalogue, kind, current);
    const CatalogueEntry* after = findEntry(catalogue, kind, key);
    const bool labelFollows = isBlank(label) || (before && label == before->label);
    current = key;
    if (after && labelFollows)
        label = after->label;
    return after;
}

template <typename T, typename Blank> std::vector<T> named(const std::vector<T>& items, Blank blank)
{
    std::vector<T> out;
    for (const T& item : items)
        if (!blank(item))
            out.push_back(item);
    return out;
}

template <typename T> void trimEach(std::vector<T>& items, std::initializer_list<std::string T::*> fields)
{
    for (T& item : items)
        for (const auto field : fields)
            item.*field = trimmed(item.*field);
}

bool blankReferral(const Referral& r)
{
    return r.partner.empty() && isBlank(r.partnerName);
}

// A stored obstacle or step keeps its place even when its text is wiped: the validation then
// asks for the text, rather than the row silently leaving the store with its dates and links.
bool draftObstacle(const Obstacle& o)
{
    return o.id == 0 && isBlank(o.description);
}

bool draftStep(const PlanStep& s)
{
    return s.id == 0 && isBlank(s.title);
}

} // namespace

void setObstacleStatus(Obstacle& obstacle, ObstacleStatus status, const Date& today)
{
    if (status == ObstacleStatus::Lifted) {
        if (obstacle.status != ObstacleStatus::Lifted || !obstacle.liftedOn)
            obstacle.liftedOn =
                (obstacle.identifiedOn && *obstacle.identifiedOn > today) ? *obstacle.identifiedOn : today;
    } else {
        obstacle.liftedOn.reset();
    }
    obstacle.status = status;
}

void removeObstacle(CaseFile& caseFile, std::size_t row)
{
    if (row >= caseFile.obstacles.size())
        return;
    const auto id = caseFile.obstacles[row].id;
    caseFile.obstacles.erase(caseFile.obstacles.begin() + static_cast<std::ptrdiff_t>(row));
    for (PlanStep& step : caseFile.plan)
        if (id != 0 && step.obstacleId == id)
            step.obstacleId.reset();
}

const CatalogueEntry* findEntry(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind,
                                const std::string& key)
{
    if (key.empty())
        return nullptr;
    for (const CatalogueEntry& entry : catalogue)
        if (entry.kind == kind && entry.key == key)
            return &entry;
    return nullptr;
}

void chooseTechnique(PostureItem& item, const std::string& key, const std::vector<CatalogueEntry>& catalogue)
{
    const CatalogueEntry* entry = follow(item.technique, item.label, key, catalogue, CatalogueKind::Technique);
    if (entry && isBlank(item.guidance))
        item.guidance = entry->description;
}

void chooseTool(ToolUse& tool, const std::string& key, const std::vector<CatalogueEntry>& catalogue)
{
    follow(tool.tool, tool.label, key, catalogue, CatalogueKind::Tool);
}

PartnerChoice choosePartner(const std::string& typed, const std::vector<CatalogueEntry>& catalogue)
{
    const std::string wanted = folded(typed);
    if (wanted.empty())
        return {};
    for (const CatalogueEntry& entry : catalogue)
        if (entry.kind == CatalogueKind::Partner && (folded(entry.label) == wanted || entry.key == wanted))
            return {entry.key, {}};
    return {{}, trimmed(typed)};
}

CaseFile storedForm(const CaseFile& edited)
{
    CaseFile c = edited;
    c.obstacles = named(c.obstacles, draftObstacle);
    c.attitude = named(c.attitude, [](const PostureItem& p) { return isBlank(p.label); });
    c.tools = named(c.tools, [](const ToolUse& t) { return isBlank(t.label); });
    c.referrals = named(c.referrals, blankReferral);
    c.plan = named(c.plan, draftStep);
    c.indicators = named(c.indicators, [](const Indicator& i) { return isBlank(i.label); });
    c.adminAdvice = named(c.adminAdvice, [](const std::string& a) { return isBlank(a); });
    trimEach(c.obstacles, {&Obstacle::description});
    trimEach(c.attitude, {&PostureItem::label, &PostureItem::guidance, &PostureItem::examplePhrase});
    trimEach(c.tools, {&ToolUse::label, &ToolUse::details});
    trimEach(c.referrals, {&Referral::partnerName, &Referral::purpose});
    trimEach(c.plan, {&PlanStep::title, &PlanStep::details, &PlanStep::partnerName});
    trimEach(c.indicators, {&Indicator::label, &Indicator::target, &Indicator::evaluation, &Indicator::evidence});
    for (std::string& a : c.adminAdvice)
        a = trimmed(a);
    if (c.rhythm) {
        c.rhythm->label = trimmed(c.rhythm->label);
        c.rhythm->afterEvent = trimmed(c.rhythm->afterEvent);
    }
    return c;
}

void adoptStoredIds(CaseFile& edited, const CaseFile& stored)
{
    // storedForm() keeps the named rows in their order: the n-th named row is the n-th stored one.
    std::size_t next = 0;
    for (Obstacle& o : edited.obstacles)
        if (!draftObstacle(o) && next < stored.obstacles.size())
            o.id = stored.obstacles[next++].id;
    next = 0;
    for (PlanStep& s : edited.plan)
        if (!draftStep(s) && next < stored.plan.size())
            s.id = stored.plan[next++].id;
    edited.version = stored.version;
    edited.updatedAt = stored.updatedAt;
}

} // namespace trame::rules
