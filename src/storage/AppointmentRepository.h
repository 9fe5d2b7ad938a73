#pragma once

#include "domain/Appointment.h"
#include "domain/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trame::storage {

class Database;

// Appointments, read by person or by counsellor over a range of days, in time order.
class AppointmentRepository {
public:
    explicit AppointmentRepository(const Database& db) : m_db(db) {}

    // Keeps `appointment.id` when set (import), else assigns one. Returns the id.
    Result<std::int64_t> insert(const Appointment& appointment);
    // Saves over version `appointment.version` only (a Conflict otherwise); returns the new version.
    Result<std::int64_t> update(const Appointment& appointment);
    Result<Appointment> get(std::int64_t id) const;
    Result<std::vector<Appointment>> forBeneficiary(std::int64_t beneficiaryId) const;
    // A counsellor's appointments from day `from` to day `to`, both included; through the index
    // on (counsellor, day), never the whole table.
    Result<std::vector<Appointment>> forCounsellor(const std::string& counsellor, const Date& from,
                                                   const Date& to) const;
    // The same with the person's names, as an agenda shows them.
    Result<std::vector<AgendaEntry>> agendaOf(const std::string& counsellor, const Date& from, const Date& to) const;
    // A counsellor's appointments up to day `upTo` whose status was never set.
    Result<std::vector<AgendaEntry>> unqualifiedOf(const std::string& counsellor, const Date& upTo) const;
    Status remove(std::int64_t id);

private:
    const Database& m_db;
};

} // namespace trame::storage
