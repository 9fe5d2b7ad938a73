#include "services/Agenda.h"

#include "domain/AppointmentRules.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AppointmentRepository.h"
#include "storage/FollowUpRepository.h"

#include <algorithm>

namespace trame::services {

Agenda::Agenda(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Status Agenda::mayRead(const std::string& counsellor) const
{
    // Whose appointments they are decides, as for a case file: a counsellor reads their own.
    return authorize(m_workspace.database(), m_clock, m_actor, Action::ReadCaseFile, m_actor.scopeFor(counsellor),
                     "appointment");
}

Result<std::vector<AgendaEntry>> Agenda::appointments(const std::string& counsellor, const Date& from,
                                                      const Date& to) const
{
    if (Status allowed = mayRead(counsellor).and_then([&](Ok) { return rules::validateAgendaRange(from, to); });
        !allowed)
        return allowed.error();
    return storage::AppointmentRepository(m_workspace.database()).agendaOf(counsellor, from, to);
}

Result<std::vector<DueItem>> Agenda::due(const std::string& counsellor) const
{
    if (Status allowed = mayRead(counsellor); !allowed)
        return allowed.error();
    const storage::Database& db = m_workspace.database();
    const LocalTime now = m_clock.localNow();
    auto followUps = storage::FollowUpRepository(db).activeOf(counsellor, now);
    auto unqualified = storage::AppointmentRepository(db).unqualifiedOf(counsellor, now.day);
    if (!followUps || !unqualified)
        return followUps ? unqualified.error() : followUps.error();
    return rules::dueWork(*followUps, *unqualified, now);
}

Result<TodayLine> Agenda::today(const std::string& counsellor) const
{
    const Date day = m_clock.today();
    auto entries = appointments(counsellor, day, day);
    auto items = entries ? due(counsellor) : Result<std::vector<DueItem>>(entries.error());
    if (!items)
        return items.error();
    TodayLine line;
    line.appointments = static_cast<int>(std::count_if(entries->begin(), entries->end(), [](const AgendaEntry& e) {
        return e.appointment.status != AppointmentStatus::CancelledByStructure &&
               e.appointment.status != AppointmentStatus::Excused;
    }));
    line.overdueFollowUps = static_cast<int>(std::count_if(
        items->begin(), items->end(), [](const DueItem& item) { return item.kind == DueKind::FollowUpOverdue; }));
    return line;
}

Result<std::vector<AgendaEntry>> Agenda::exportEntries(const std::string& counsellor, const Date& from, const Date& to,
                                                       CalendarNames names, const char* format)
{
    storage::Database& db = m_workspace.database();
    const Status allowed = mayRead(counsellor).and_then([&](Ok) { return rules::validateAgendaRange(from, to); });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::vector<AgendaEntry>>> {
        auto entries = storage::AppointmentRepository(db).agendaOf(counsellor, from, to);
        if (!entries)
            return entries.error();
        std::string detail = "counsellor=" + counsellor + " from=" + from.toString() + " to=" + to.toString() +
                             " count=" + std::to_string(entries->size()) + " format=" + format +
                             (names == CalendarNames::FullNames ? " names=full" : " names=initials");
        return Audited<std::vector<AgendaEntry>>{std::move(entries).value(),
                                                 {AuditAction::Export, "agenda", std::nullopt, std::move(detail)}};
    });
}

Result<std::string> Agenda::calendar(const std::string& counsellor, const Date& from, const Date& to,
                                     CalendarNames names)
{
    return exportEntries(counsellor, from, to, names, "ics").transform([&](const std::vector<AgendaEntry>& entries) {
        return calendarText(entries, names, m_clock.instant());
    });
}

} // namespace trame::services
