#include "services/Appointments.h"

#include "domain/AppointmentRules.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/AppointmentRepository.h"
#include "storage/CaseFileRepository.h"
#include "storage/InterviewRepository.h"

namespace trame::services {

namespace {

std::string detailOf(const Appointment& a)
{
    return "beneficiary=" + std::to_string(a.beneficiaryId) + " day=" + a.start.day.toString() +
           " status=" + std::string(toString(a.status));
}

} // namespace

Appointments::Appointments(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Result<std::vector<Appointment>> Appointments::ofPerson(std::int64_t beneficiaryId) const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorizeOnCaseFile(db, m_clock, m_actor, Action::ReadCaseFile, beneficiaryId, "appointment");
        !allowed)
        return allowed.error();
    return storage::AppointmentRepository(db).forBeneficiary(beneficiaryId);
}

Result<StoredAppointment> Appointments::plan(Appointment appointment)
{
    appointment.id = 0;
    appointment.version = 0;
    appointment.counsellor = m_actor.login();
    return store(std::move(appointment), true);
}

Result<StoredAppointment> Appointments::save(const Appointment& appointment)
{
    return store(appointment, false);
}

Result<StoredAppointment> Appointments::store(Appointment appointment, bool adding)
{
    storage::Database& db = m_workspace.database();
    storage::AppointmentRepository repo(db);
    std::vector<Appointment> overlaps;
    const Status allowed =
        authorizeOnCaseFile(db, m_clock, m_actor, Action::EditCaseFile, appointment.beneficiaryId, "appointment")
            .and_then([&](Ok) -> Status {
                if (!adding) {
                    auto stored = repo.get(appointment.id);
                    if (!stored)
                        return stored.error();
                    if (stored->beneficiaryId != appointment.beneficiaryId)
                        return makeError(ErrorKind::Invalid, "beneficiary", "an appointment stays with its person");
                    appointment.counsellor = stored->counsellor;
                }
                if (appointment.interviewId) {
                    auto interview = storage::InterviewRepository(db).get(*appointment.interviewId);
                    if (!interview || interview->beneficiaryId != appointment.beneficiaryId)
                        return makeError(ErrorKind::Invalid, "interview", "is not one of this person's interviews");
                }
                return rules::validateAppointment(appointment, "").and_then([&](Ok) {
                    return rules::validateQualification(appointment, m_clock.localNow());
                });
            })
            .and_then([&](Ok) -> Status {
                auto nearby = repo.forCounsellor(appointment.counsellor, appointment.start.day, appointment.end().day);
                if (!nearby)
                    return nearby.error();
                overlaps = rules::overlapping(appointment, *nearby);
                return Ok{};
            });
    auto stored = authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<Appointment>> {
        Appointment saved = appointment;
        if (adding) {
            auto id = repo.insert(saved);
            if (!id)
                return id.error();
            saved.id = *id;
            saved.version = 1;
        } else {
            auto version = repo.update(saved);
            if (!version)
                return version.error();
            saved.version = *version;
        }
        return Audited<Appointment>{
            saved, {adding ? AuditAction::Create : AuditAction::Change, "appointment", saved.id, detailOf(saved)}};
    });
    if (!stored)
        return stored.error();
    return StoredAppointment{*stored, std::move(overlaps)};
}

Status Appointments::remove(const Appointment& appointment)
{
    storage::Database& db = m_workspace.database();
    storage::AppointmentRepository repo(db);
    const Status allowed =
        authorizeOnCaseFile(db, m_clock, m_actor, Action::EditCaseFile, appointment.beneficiaryId, "appointment")
            .and_then([&](Ok) -> Status {
                auto stored = repo.get(appointment.id);
                if (!stored)
                    return stored.error();
                if (stored->beneficiaryId != appointment.beneficiaryId)
                    return makeError(ErrorKind::NotFound, "appointment", "is not one of this person's");
                if (stored->version != appointment.version)
                    return makeError(ErrorKind::Conflict, "appointment",
                                     "this appointment was changed on another workstation meanwhile");
                return Ok{};
            });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<Ok>> {
        if (Status removed = repo.remove(appointment.id); !removed)
            return removed.error();
        return Audited<Ok>{{}, {AuditAction::Delete, "appointment", appointment.id, detailOf(appointment)}};
    });
}

Result<std::optional<Date>> Appointments::proposedDay(std::int64_t beneficiaryId) const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorizeOnCaseFile(db, m_clock, m_actor, Action::ReadCaseFile, beneficiaryId, "appointment");
        !allowed)
        return allowed.error();
    auto caseFile = storage::CaseFileRepository(db).load(beneficiaryId);
    auto appointments = storage::AppointmentRepository(db).forBeneficiary(beneficiaryId);
    if (!caseFile || !appointments)
        return caseFile ? appointments.error() : caseFile.error();
    const Date today = m_clock.today();
    const Date last = appointments->empty() ? today : appointments->back().start.day;
    return rules::proposedAppointmentDay(caseFile->rhythm, last, today);
}

} // namespace trame::services
