#pragma once

#include "domain/Appointment.h"
#include "domain/Result.h"
#include "services/Actor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

// An appointment as stored, with the counsellor's other appointments it overlaps: a warning to
// show, not a refusal.
struct StoredAppointment {
    Appointment appointment;
    std::vector<Appointment> overlaps;
};

// Appointments with people: a person's list, and the counsellor planning, moving, qualifying and cancelling them.
// Reading and writing follow the rules of the person's case file (docs/security.md): the person's counsellor writes, a
// supervisor reads, and a closed follow-up takes no more appointments. Each change is audited.
class Appointments {
public:
    Appointments(Workspace& workspace, const Clock& clock, const Actor& actor);

    // Oldest first.
    Result<std::vector<Appointment>> ofPerson(std::int64_t beneficiaryId) const;
    // A new appointment with the person, seen by the acting counsellor.
    Result<StoredAppointment> plan(Appointment appointment);
    // Moves it, qualifies it (a status says what happened only once it has begun), changes its
    // note or place; over the version shown (a Conflict otherwise).
    Result<StoredAppointment> save(const Appointment& appointment);
    // Takes out an appointment entered by mistake; one that did not take place is cancelled
    // (status) instead, and stays in the history.
    Status remove(const Appointment& appointment);
    // The day the follow-up rhythm proposes after the person's last appointment (or, without
    // one, today); none without a recurring rhythm.
    Result<std::optional<Date>> proposedDay(std::int64_t beneficiaryId) const;

private:
    Result<StoredAppointment> store(Appointment appointment, bool adding);

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
