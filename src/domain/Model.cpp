// Small behaviours of the domain's value types.
#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"
#include "domain/Reference.h"
#include "domain/SupportPeriod.h"

namespace trame {

std::string Beneficiary::displayName() const
{
    const char* title = civility == Civility::Mme ? "Mme " : civility == Civility::M ? "M. " : "";
    return title + firstName + (firstName.empty() ? "" : " ") + lastName;
}

bool PlanStep::isOverdue(const Date& today) const
{
    const bool open =
        status == StepStatus::Planned || status == StepStatus::InProgress || status == StepStatus::Standby;
    return open && dueDate && *dueDate < today;
}

Date Interval::after(const Date& from) const
{
    switch (unit) {
    case IntervalUnit::Day: return from.addDays(count);
    case IntervalUnit::Week: return from.addDays(7 * count);
    case IntervalUnit::Month: return from.addMonths(count);
    }
    return from;
}

const Pause* SupportPeriod::openPause() const
{
    return !pauses.empty() && !pauses.back().until ? &pauses.back() : nullptr;
}

const Obstacle* CaseFile::findObstacle(std::int64_t id) const
{
    for (const Obstacle& o : obstacles)
        if (o.id == id)
            return &o;
    return nullptr;
}

namespace {
const TemplateItem* findIn(const std::vector<TemplateItem>& items, const std::string& key)
{
    for (const TemplateItem& item : items) {
        if (item.key == key)
            return &item;
        if (const TemplateItem* found = findIn(item.children, key))
            return found;
    }
    return nullptr;
}
} // namespace

const TemplateItem* InterviewTemplate::find(const std::string& key) const
{
    return findIn(items, key);
}

} // namespace trame
