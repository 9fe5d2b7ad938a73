// The generator's appointments look like a structure's: outcomes in the proportions rdv-insertion's
// users report, the last ones sometimes never qualified, the next one planned for most follow-ups
// under way and for none that is paused or closed.
#include "services/GeneratedAppointments.h"

#include "domain/AppointmentRules.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace trame;

TEST_CASE("Generated appointments: past ones mostly honoured, the next one planned for a follow-up under way",
          "[generate][appointments]")
{
    std::mt19937 engine(7);
    const auto draw = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(engine); };
    const Date today(2026, 11, 2);
    const LocalTime now{today, 0};
    std::map<AppointmentStatus, int> past;
    int withNext = 0, unqualifiedOld = 0, total = 0;
    constexpr int kPeople = 2000;
    for (int id = 1; id <= kPeople; ++id) {
        const auto made = services::generatedAppointments(draw, id, "conseiller1", BeneficiaryStatus::Active, today);
        for (const Appointment& a : made) {
            REQUIRE(rules::validateAppointment(a, "").ok());
            REQUIRE(rules::validateQualification(a, now).ok());
            CHECK(a.start.day >= today.addDays(-84));
            CHECK(a.start.day <= today.addDays(21));
            if (a.start.day < today) {
                ++past[a.status];
                unqualifiedOld += a.status == AppointmentStatus::Planned && a.start.day < today.addDays(-14) ? 1 : 0;
                ++total;
            } else {
                ++withNext;
            }
        }
        for (std::size_t i = 1; i < made.size(); ++i)
            CHECK(made[i - 1].start < made[i].start);
    }
    CHECK(unqualifiedOld == 0);
    const auto share = [&](AppointmentStatus s) { return 100.0 * past[s] / total; };
    CHECK(share(AppointmentStatus::Honoured) == Approx(72).margin(4));
    CHECK(share(AppointmentStatus::NoShow) == Approx(14).margin(3));
    CHECK(share(AppointmentStatus::Excused) == Approx(9).margin(3));
    CHECK(share(AppointmentStatus::Planned) > 0);
    CHECK(withNext == Approx(0.8 * kPeople).margin(0.05 * kPeople));

    for (const auto status : {BeneficiaryStatus::Paused, BeneficiaryStatus::Closed})
        for (int id = 1; id <= 200; ++id)
            for (const Appointment& a : services::generatedAppointments(draw, id, "conseiller1", status, today))
                CHECK(a.start.day < today);
}
