#include "services/CalendarFile.h"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace trame::services {

namespace {

// The words of the calendar file are French, as its readers are: the services have no translator,
// and a calendar program shows the summary as it is written.
const char* kindWords(AppointmentKind kind)
{
    switch (kind) {
    case AppointmentKind::OnSite: return "Entretien sur place";
    case AppointmentKind::Phone: return "Entretien téléphonique";
    case AppointmentKind::Video: return "Entretien en visio";
    case AppointmentKind::Workshop: return "Atelier collectif";
    case AppointmentKind::PartnerMeeting: return "Rencontre avec un partenaire";
    }
    return "Rendez-vous";
}

icaltimetype floating(const LocalTime& at)
{
    icaltimetype t = icaltime_null_time();
    t.year = at.day.year();
    t.month = static_cast<int>(at.day.month());
    t.day = static_cast<int>(at.day.day());
    t.hour = at.minute / 60;
    t.minute = at.minute % 60;
    return t;
}

icaltimetype utc(const Timestamp& stamp)
{
    const auto seconds = stamp.instant().time_since_epoch().count();
    return icaltime_from_timet_with_zone(static_cast<time_t>(seconds), 0, icaltimezone_get_utc_timezone());
}

std::string summaryOf(const AgendaEntry& entry, CalendarNames names)
{
    return std::string(kindWords(entry.appointment.kind)) + " — " + personName(entry, names) + " (dossier n° " +
           std::to_string(entry.appointment.beneficiaryId) + ")";
}

bool cancelled(AppointmentStatus status)
{
    return status == AppointmentStatus::Excused || status == AppointmentStatus::CancelledByStructure;
}

} // namespace

std::string personName(const AgendaEntry& entry, CalendarNames names)
{
    return names == CalendarNames::FullNames ? entry.firstName + " " + entry.lastName : entry.initials();
}

std::string calendarText(const std::vector<AgendaEntry>& entries, CalendarNames names, const Timestamp& stamp)
{
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> calendar(icalcomponent_new_vcalendar(),
                                                                            &icalcomponent_free);
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Trame//Agenda//FR"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    for (const AgendaEntry& entry : entries) {
        const Appointment& a = entry.appointment;
        icalcomponent* event = icalcomponent_new_vevent();
        const std::string uid = "trame-appointment-" + std::to_string(a.id);
        icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(stamp)));
        icalcomponent_add_property(event, icalproperty_new_dtstart(floating(a.start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(floating(a.end())));
        icalcomponent_add_property(event, icalproperty_new_summary(summaryOf(entry, names).c_str()));
        if (!a.place.empty())
            icalcomponent_add_property(event, icalproperty_new_location(a.place.c_str()));
        icalcomponent_add_property(event, icalproperty_new_sequence(static_cast<int>(a.version)));
        icalcomponent_add_property(
            event, icalproperty_new_status(cancelled(a.status) ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(calendar.get(), event);
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    std::string out = text ? text : "";
    std::free(text);
    return out;
}

} // namespace trame::services
