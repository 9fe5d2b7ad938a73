#include "domain/DueWork.h"

#include "domain/AppointmentRules.h"

#include <algorithm>

namespace trame::rules {

namespace {

DueItem itemFor(DueKind kind, const FollowUpState& state, std::optional<Date> day)
{
    return {kind, state.beneficiaryId, state.firstName, state.lastName, day, std::nullopt};
}

} // namespace

Date weekStart(const Date& day)
{
    const std::chrono::weekday weekday{day.days()};
    // iso_encoding: Monday 1 … Sunday 7.
    return day.addDays(1 - static_cast<int>(weekday.iso_encoding()));
}

std::optional<Date> followUpDueDay(const FollowUpState& state)
{
    if (state.rhythm && state.rhythm->kind == RhythmKind::Recurring && state.rhythm->interval.count >= 1 &&
        state.lastContact)
        return state.rhythm->interval.after(*state.lastContact);
    return state.agreedNext;
}

std::optional<Date> listedNextAppointment(const std::optional<Date>& nextPlanned, const std::optional<Date>& agreedNext)
{
    return nextPlanned ? nextPlanned : agreedNext;
}

bool listedLate(const std::optional<Date>& nextPlanned, const std::optional<Date>& agreedNext,
                const std::optional<Date>& openDue, const Date& today)
{
    return (!nextPlanned && agreedNext && *agreedNext < today) || (openDue && *openDue < today);
}

std::vector<DueItem> dueWork(const std::vector<FollowUpState>& followUps, const std::vector<AgendaEntry>& unqualified,
                             const LocalTime& now)
{
    std::vector<DueItem> items;
    for (const AgendaEntry& entry : unqualified)
        if (needsQualifying(entry.appointment, now))
            items.push_back({DueKind::AppointmentToQualify, entry.appointment.beneficiaryId, entry.firstName,
                             entry.lastName, entry.appointment.start.day, entry.appointment.id});
    const Date today = now.day;
    const Date weekEnd = weekStart(today).addDays(6);
    for (const FollowUpState& state : followUps) {
        const bool planned = state.nextPlanned && *state.nextPlanned >= now;
        const auto due = followUpDueDay(state);
        if (!planned && due && *due < today)
            items.push_back(itemFor(DueKind::FollowUpOverdue, state, due));
        else if (!planned)
            items.push_back(itemFor(DueKind::NoAppointmentPlanned, state, state.lastContact));
        if (state.openDue && *state.openDue <= weekEnd)
            items.push_back(itemFor(DueKind::StepDue, state, state.openDue));
        if (state.alerts.pastMaxLength)
            items.push_back(itemFor(DueKind::PeriodToClose, state, std::nullopt));
    }
    // Within a group, the oldest first; a line without a day (nothing to date it) after the dated.
    std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.day.has_value() != b.day.has_value())
            return a.day.has_value();
        return a.day && *a.day < *b.day;
    });
    return items;
}

} // namespace trame::rules
