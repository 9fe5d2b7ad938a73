#include "storage/FollowUpRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"

namespace trame::storage {

Result<std::vector<FollowUpState>> FollowUpRepository::activeOf(const std::string& counsellor,
                                                                const LocalTime& now) const
{
    return guarded([&]() -> Result<std::vector<FollowUpState>> {
        // The first planned appointment from now on: its day, then its minute.
        constexpr const char* kNextPlanned =
            " FROM appointments a WHERE a.beneficiary_id = b.id AND a.status = 'unknown'"
            " AND (a.day > ?2 OR (a.day = ?2 AND a.start_minute >= ?3)) ORDER BY a.day, a.start_minute LIMIT 1)";
        const auto lease = m_db.cached(
            std::string("SELECT b.id, b.first_name, b.last_name, c.rhythm,"
                        " (SELECT max(i.held_on) FROM interviews i WHERE i.beneficiary_id = b.id),"
                        " (SELECT max(a.day) FROM appointments a WHERE a.beneficiary_id = b.id"
                        "  AND a.status = 'seen' AND a.day <= ?2),"
                        " b.next_appointment, (SELECT a.day") +
            kNextPlanned + ", (SELECT a.start_minute" + kNextPlanned + ", b.open_due, " + columns::kPeriodAlertColumns +
            " FROM beneficiaries b LEFT JOIN case_files c ON c.beneficiary_id = b.id"
            " WHERE b.counsellor = ?1 AND b.status = 'active' ORDER BY b.id");
        Statement& s = *lease;
        s.bindAll(counsellor, now.day.toString(), now.minute);
        std::vector<FollowUpState> found;
        while (s.step()) {
            FollowUpState f;
            f.beneficiaryId = s.integer(0);
            f.firstName = s.text(1);
            f.lastName = s.text(2);
            f.rhythm = columns::rhythm(s, 3);
            const auto interviewed = columns::date(s, 4);
            const auto seen = columns::date(s, 5);
            f.lastContact = interviewed && seen ? std::max(*interviewed, *seen) : interviewed ? interviewed : seen;
            f.agreedNext = columns::date(s, 6);
            if (const auto day = columns::date(s, 7))
                f.nextPlanned = LocalTime{*day, static_cast<int>(s.integer(8))};
            f.openDue = columns::date(s, 9);
            f.alerts = columns::periodAlerts(s, 10, now.day);
            found.push_back(std::move(f));
        }
        return found;
    });
}

} // namespace trame::storage
