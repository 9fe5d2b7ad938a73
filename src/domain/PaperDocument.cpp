#include "domain/PaperDocument.h"
#include "domain/RuleText.h"

#include <algorithm>

namespace trame::rules {

namespace {

Error missing(const char* what, std::int64_t id)
{
    return makeError(ErrorKind::NotFound, what, std::string("this person has no ") + what + " " + std::to_string(id));
}

Result<std::int64_t> interviewSubject(const BeneficiaryRecord& record, std::optional<std::int64_t> asked)
{
    if (record.interviews.empty())
        return makeError(ErrorKind::NotFound, "interview", "no interview is recorded for this person");
    if (!asked) {
        const auto latest = std::max_element(record.interviews.begin(), record.interviews.end(),
                                             [](const Interview& a, const Interview& b) {
                                                 return a.heldOn < b.heldOn || (a.heldOn == b.heldOn && a.id < b.id);
                                             });
        return latest->id;
    }
    for (const Interview& interview : record.interviews)
        if (interview.id == *asked)
            return *asked;
    return missing("interview", *asked);
}

Result<std::int64_t> appointmentSubject(const BeneficiaryRecord& record, std::optional<std::int64_t> asked,
                                        const LocalTime& now)
{
    if (!asked) {
        const auto upcoming = upcomingAppointments(record, now);
        if (upcoming.empty())
            return makeError(ErrorKind::NotFound, "appointment", "no appointment is planned for this person");
        return upcoming.front().id;
    }
    for (const Appointment& appointment : record.appointments) {
        if (appointment.id != *asked)
            continue;
        if (appointment.status != AppointmentStatus::Planned)
            return ruleError("appointment", {rules::kNoLongerPlanned, {std::to_string(*asked)}});
        if (appointment.start < now)
            return ruleError("appointment", {rules::kPassed, {std::to_string(*asked)}});
        return *asked;
    }
    return missing("appointment", *asked);
}

Result<std::int64_t> periodSubject(const BeneficiaryRecord& record, std::optional<std::int64_t> asked)
{
    const SupportPeriod* chosen = nullptr;
    for (const SupportPeriod& period : record.periods)
        if (asked ? period.id == *asked : !period.isOpen())
            chosen = &period; // oldest first: the last closed one wins
    if (!chosen) {
        if (asked)
            return missing("period", *asked);
        return makeError(ErrorKind::NotFound, "period", "this person has no closed support period");
    }
    if (chosen->isOpen())
        return ruleError("period", {rules::kBilanAtExit, {std::to_string(chosen->id)}});
    return chosen->id;
}

} // namespace

const char* subjectKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Interview: return "interview";
    case DocumentKind::Convocation: return "appointment";
    case DocumentKind::Bilan: return "period";
    case DocumentKind::Plan:
    case DocumentKind::CaseFile: return nullptr;
    }
    return nullptr;
}

Result<std::int64_t> documentSubject(DocumentKind kind, const BeneficiaryRecord& record,
                                     std::optional<std::int64_t> asked, const LocalTime& now)
{
    switch (kind) {
    case DocumentKind::Interview: return interviewSubject(record, asked);
    case DocumentKind::Convocation: return appointmentSubject(record, asked, now);
    case DocumentKind::Bilan: return periodSubject(record, asked);
    case DocumentKind::Plan:
    case DocumentKind::CaseFile:
        if (asked)
            return makeError(ErrorKind::Invalid, std::string(toString(kind)),
                             "the " + std::string(toString(kind)) +
                                 " document is about the whole file, not one record");
        return std::int64_t{0};
    }
    return std::int64_t{0};
}

std::vector<Appointment> upcomingAppointments(const BeneficiaryRecord& record, const LocalTime& now)
{
    std::vector<Appointment> upcoming;
    for (const Appointment& appointment : record.appointments)
        if (appointment.status == AppointmentStatus::Planned && !(appointment.start < now))
            upcoming.push_back(appointment);
    std::sort(upcoming.begin(), upcoming.end(),
              [](const Appointment& a, const Appointment& b) { return a.start < b.start; });
    return upcoming;
}

} // namespace trame::rules
