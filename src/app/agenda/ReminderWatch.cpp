#include "agenda/ReminderWatch.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/UserPreferences.h"
#include "domain/AppointmentRules.h"
#include "services/Agenda.h"
#include "services/Clock.h"

#include <QSettings>

#include <QTime>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace trame;

ReminderWatch::ReminderWatch(services::Agenda& agenda, const services::Clock& clock, std::string login, QObject* parent)
    : QObject(parent), m_agenda(agenda), m_clock(clock), m_login(std::move(login)), m_timer(new QTimer(this))
{
    m_timer->setInterval(std::chrono::seconds(30));
    connect(m_timer, &QTimer::timeout, this, &ReminderWatch::check);
    m_timer->start();
}

void ReminderWatch::check()
{
    if (m_minutesBefore <= 0 || m_suspended)
        return;
    const LocalTime now = m_clock.localNow();
    // Tomorrow too: an appointment just after midnight is reminded before it.
    auto entries = m_agenda.appointments(m_login, now.day, now.day.addDays(1));
    if (!entries)
        return; // a locked or lost database: the next check tries again
    for (const AgendaEntry& entry : *entries) {
        const Appointment& a = entry.appointment;
        const QString key = QString::number(a.id) + QLatin1Char('@') + qs(a.start.toString());
        if (!rules::remindNow(a, now, m_minutesBefore) || m_reminded.contains(key))
            continue;
        m_reminded.insert(key);
        const QString at = clockText(a.start.minute);
        QString text = tr("%1 at %2 with %3").arg(Labels::of(a.kind), at, qs(entry.firstName + " " + entry.lastName));
        if (!a.place.empty())
            text += tr(" (%1)").arg(qs(a.place));
        emit reminder(tr("Appointment in %n minute(s)", nullptr, a.start.minutesSince(now)), text);
    }
}

namespace ReminderSettings {

namespace {
QString keyFor(const std::string& login)
{
    return QStringLiteral("reminders/") + qs(login) + QStringLiteral("/minutesBefore");
}
} // namespace

int minutesFor(const std::string& login)
{
    const int minutes = UserPreferences::settings()->value(keyFor(login), kDefaultMinutes).toInt();
    return std::clamp(minutes, 0, kMaxMinutes);
}

void setMinutesFor(const std::string& login, int minutes)
{
    UserPreferences::settings()->setValue(keyFor(login), std::clamp(minutes, 0, kMaxMinutes));
}

} // namespace ReminderSettings
