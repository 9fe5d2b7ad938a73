#pragma once

#include "domain/Appointment.h"
#include "domain/Enums.h"

#include <functional>
#include <string>
#include <vector>

namespace trame::services {

// Realistic appointments for a generated person, around `today`: over the last twelve weeks, one
// every two weeks or so (honoured about 72 %, no-show 14 %, excused 9 %, cancelled by the structure
// 3 %, and about 2 % — the most recent — never qualified); for a follow-up under way, the next one
// planned within three weeks for four people in five. `draw(low, high)` is the generator's random.
std::vector<Appointment> generatedAppointments(const std::function<int(int, int)>& draw, std::int64_t beneficiaryId,
                                               const std::string& counsellor, BeneficiaryStatus status,
                                               const Date& today);

} // namespace trame::services
