#pragma once

#include "domain/Appointment.h"
#include "domain/JsonReader.h"

#include <nlohmann/json.hpp>

// Appointments in the exchange file (docs/data-format.md): a start and an end in the office's
// time, the kind, status and counsellor by their codes.
namespace trame::appointmentjson {

nlohmann::ordered_json write(const Appointment& appointment);
// Strict, as the rest of the format: an end before the start, an unknown status or kind, and the
// appointment's own rules (rules::validateAppointment) fail with the field named.
Appointment read(const JsonReader& in, std::int64_t beneficiaryId);

} // namespace trame::appointmentjson
