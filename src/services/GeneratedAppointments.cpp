#include "services/GeneratedAppointments.h"

namespace trame::services {

namespace {

AppointmentKind drawKind(const std::function<int(int, int)>& draw)
{
    const int k = draw(1, 100);
    return k <= 70   ? AppointmentKind::OnSite
           : k <= 90 ? AppointmentKind::Phone
           : k <= 97 ? AppointmentKind::Video
                     : AppointmentKind::Workshop;
}

AppointmentStatus drawOutcome(const std::function<int(int, int)>& draw, bool recent)
{
    const int k = draw(1, 100);
    if (recent && k <= 2)
        return AppointmentStatus::Planned; // never qualified
    return k <= 74   ? AppointmentStatus::Honoured
           : k <= 88 ? AppointmentStatus::NoShow
           : k <= 97 ? AppointmentStatus::Excused
                     : AppointmentStatus::CancelledByStructure;
}

Appointment at(const std::function<int(int, int)>& draw, std::int64_t beneficiaryId, const std::string& counsellor,
               const Date& day)
{
    Appointment a;
    a.beneficiaryId = beneficiaryId;
    a.start = {day, 9 * 60 + 30 * draw(0, 15)}; // 9:00 to 16:30
    a.durationMinutes = draw(0, 3) == 0 ? 30 : 45;
    a.kind = drawKind(draw);
    a.place = a.kind == AppointmentKind::OnSite ? "Bureau " + std::to_string(draw(1, 6)) : "";
    a.counsellor = counsellor;
    return a;
}

} // namespace

std::vector<Appointment> generatedAppointments(const std::function<int(int, int)>& draw, std::int64_t beneficiaryId,
                                               const std::string& counsellor, BeneficiaryStatus status,
                                               const Date& today)
{
    std::vector<Appointment> made;
    // Back from today, one every ten to eighteen days over twelve weeks.
    std::vector<Date> past;
    for (Date day = today.addDays(-draw(1, 14)); day >= today.addDays(-84); day = day.addDays(-draw(10, 18)))
        past.push_back(day);
    for (auto day = past.rbegin(); day != past.rend(); ++day) {
        Appointment a = at(draw, beneficiaryId, counsellor, *day);
        a.status = drawOutcome(draw, *day >= today.addDays(-14));
        made.push_back(a);
    }
    if (status == BeneficiaryStatus::Active && draw(1, 5) <= 4)
        made.push_back(at(draw, beneficiaryId, counsellor, today.addDays(draw(1, 21))));
    return made;
}

} // namespace trame::services
