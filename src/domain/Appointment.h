#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/LocalTime.h"

#include <cstdint>
#include <optional>
#include <string>

namespace trame {

// How the person is met. The first three are rdv-service-public's Motif.location_type
// (public_office, phone, visio); a collective workshop is rdv-insertion's atelier collectif.
enum class AppointmentKind { OnSite, Phone, Video, Workshop, PartnerMeeting };
// What became of it: rdv-insertion's and rdv-service-public's participation statuses
// (unknown, seen, excused, noshow, revoked), "unknown" being a planned one not yet qualified.
enum class AppointmentStatus { Planned, Honoured, Excused, NoShow, CancelledByStructure };

TRAME_ENUM_NAMES(AppointmentKind, {AppointmentKind::OnSite, "public_office"}, {AppointmentKind::Phone, "phone"},
                 {AppointmentKind::Video, "visio"}, {AppointmentKind::Workshop, "collective_workshop"},
                 {AppointmentKind::PartnerMeeting, "partner_meeting"})
TRAME_ENUM_NAMES(AppointmentStatus, {AppointmentStatus::Planned, "unknown"}, {AppointmentStatus::Honoured, "seen"},
                 {AppointmentStatus::Excused, "excused"}, {AppointmentStatus::NoShow, "noshow"},
                 {AppointmentStatus::CancelledByStructure, "revoked"})

// An appointment with a person: planned by their counsellor, then qualified (honoured, excused,
// no-show, cancelled by the structure). An honoured one may be linked to the interview recorded.
struct Appointment {
    std::int64_t id = 0; // 0 until stored
    std::int64_t beneficiaryId = 0;
    LocalTime start;
    int durationMinutes = 45;
    AppointmentKind kind = AppointmentKind::OnSite;
    std::string place;
    std::string counsellor; // login of the counsellor who sees the person
    AppointmentStatus status = AppointmentStatus::Planned;
    std::string note;
    std::optional<std::int64_t> interviewId; // the Annexe 1 interview recorded at it
    std::int64_t version = 0;                // row version; 0 until stored

    LocalTime end() const;
    friend bool operator==(const Appointment&, const Appointment&) = default;
};

// An appointment as an agenda shows it: with whom.
struct AgendaEntry {
    Appointment appointment;
    std::string firstName;
    std::string lastName;

    // "N. B.", "J.-P. L.": how the person is named where their full name should not go.
    std::string initials() const;
};

} // namespace trame
