#include "storage/AppointmentRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"

namespace trame::storage {

namespace {

constexpr const char* kSelect = "SELECT id, beneficiary_id, day, start_minute, duration_minutes, kind, place,"
                                " counsellor, status, note, interview_id, version FROM appointments";
// The same columns, then the person's names, for an agenda.
constexpr const char* kSelectEntries =
    "SELECT a.id, a.beneficiary_id, a.day, a.start_minute, a.duration_minutes, a.kind, a.place, a.counsellor,"
    " a.status, a.note, a.interview_id, a.version, b.first_name, b.last_name"
    " FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id";

Appointment fromRow(const Statement& row)
{
    Appointment a;
    a.id = row.integer(0);
    a.beneficiaryId = row.integer(1);
    const auto day = columns::date(row, 2);
    if (!day)
        throw StorageError(Error{ErrorKind::Corrupt, {}, "a stored appointment has no day"});
    a.start = {*day, static_cast<int>(row.integer(3))};
    a.durationMinutes = static_cast<int>(row.integer(4));
    a.kind = columns::enumeration<AppointmentKind>(row, 5);
    a.place = row.text(6);
    a.counsellor = row.text(7);
    a.status = columns::enumeration<AppointmentStatus>(row, 8);
    a.note = row.text(9);
    a.interviewId = row.optionalInteger(10);
    a.version = row.integer(11);
    return a;
}

std::vector<Appointment> all(Statement& rows)
{
    std::vector<Appointment> found;
    while (rows.step())
        found.push_back(fromRow(rows));
    return found;
}

std::vector<AgendaEntry> entries(Statement& rows)
{
    std::vector<AgendaEntry> found;
    while (rows.step())
        found.push_back({fromRow(rows), rows.text(12), rows.text(13)});
    return found;
}

// Parameters 2 to 11, in the column order of kSelect.
void bindData(Statement& s, const Appointment& a)
{
    s.bind(2, a.beneficiaryId);
    s.bind(3, a.start.day.toString());
    s.bind(4, a.start.minute);
    s.bind(5, a.durationMinutes);
    s.bind(6, columns::enumeration(a.kind));
    s.bind(7, a.place);
    s.bind(8, a.counsellor);
    s.bind(9, columns::enumeration(a.status));
    s.bind(10, a.note);
    s.bind(11, a.interviewId);
}

} // namespace

Result<std::int64_t> AppointmentRepository::insert(const Appointment& a)
{
    return guarded([&]() -> Result<std::int64_t> {
        Statement s = m_db.prepare("INSERT INTO appointments (id, beneficiary_id, day, start_minute, duration_minutes,"
                                   " kind, place, counsellor, status, note, interview_id, version)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1) RETURNING id");
        if (a.id != 0)
            s.bind(1, a.id);
        else
            s.bindNull(1);
        bindData(s, a);
        return s.returnedId();
    });
}

Result<std::int64_t> AppointmentRepository::update(const Appointment& a)
{
    return guarded([&]() -> Result<std::int64_t> {
        Statement s = m_db.prepare("UPDATE appointments SET beneficiary_id = ?2, day = ?3, start_minute = ?4,"
                                   " duration_minutes = ?5, kind = ?6, place = ?7, counsellor = ?8, status = ?9,"
                                   " note = ?10, interview_id = ?11, version = version + 1"
                                   " WHERE id = ?1 AND version = ?12");
        s.bind(1, a.id);
        bindData(s, a);
        s.bind(12, a.version);
        s.run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::Conflict, "appointment",
                             "this appointment was changed or removed on another workstation meanwhile");
        return a.version + 1;
    });
}

Result<Appointment> AppointmentRepository::get(std::int64_t id) const
{
    return guarded([&]() -> Result<Appointment> {
        Statement s = m_db.prepare(std::string(kSelect) + " WHERE id = ?1");
        s.bind(1, id);
        if (!s.step())
            return makeError(ErrorKind::NotFound, "appointment",
                             "appointment " + std::to_string(id) + " does not exist");
        return fromRow(s);
    });
}

Result<std::vector<Appointment>> AppointmentRepository::forBeneficiary(std::int64_t beneficiaryId) const
{
    return guarded([&]() -> Result<std::vector<Appointment>> {
        Statement s = m_db.prepare(std::string(kSelect) + " WHERE beneficiary_id = ?1 ORDER BY day, start_minute, id");
        s.bind(1, beneficiaryId);
        return all(s);
    });
}

Result<std::vector<Appointment>> AppointmentRepository::forCounsellor(const std::string& counsellor, const Date& from,
                                                                      const Date& to) const
{
    return guarded([&]() -> Result<std::vector<Appointment>> {
        Statement s = m_db.prepare(std::string(kSelect) +
                                   " WHERE counsellor = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day, start_minute, id");
        s.bindAll(counsellor, from.toString(), to.toString());
        return all(s);
    });
}

Result<std::vector<AgendaEntry>> AppointmentRepository::agendaOf(const std::string& counsellor, const Date& from,
                                                                 const Date& to) const
{
    return guarded([&]() -> Result<std::vector<AgendaEntry>> {
        const auto lease =
            m_db.cached(std::string(kSelectEntries) + " WHERE a.counsellor = ?1 AND a.day >= ?2 AND a.day <= ?3"
                                                      " ORDER BY a.day, a.start_minute, a.id");
        Statement& s = *lease;
        s.bindAll(counsellor, from.toString(), to.toString());
        return entries(s);
    });
}

Result<std::vector<AgendaEntry>> AppointmentRepository::unqualifiedOf(const std::string& counsellor,
                                                                      const Date& upTo) const
{
    return guarded([&]() -> Result<std::vector<AgendaEntry>> {
        const auto lease = m_db.cached(std::string(kSelectEntries) +
                                       " WHERE a.counsellor = ?1 AND a.day <= ?2 AND a.status = 'unknown'"
                                       " ORDER BY a.day, a.start_minute, a.id");
        Statement& s = *lease;
        s.bindAll(counsellor, upTo.toString());
        return entries(s);
    });
}

Status AppointmentRepository::remove(std::int64_t id)
{
    return guarded([&]() -> Status {
        m_db.prepare("DELETE FROM appointments WHERE id = ?1").bind(1, id).run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::NotFound, "appointment",
                             "appointment " + std::to_string(id) + " does not exist");
        return Ok{};
    });
}

} // namespace trame::storage
