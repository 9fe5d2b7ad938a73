#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <string>

namespace trame::services {
class Agenda;
class Clock;
} // namespace trame::services
class QTimer;

// While Trame runs, reminds the signed-in counsellor of each planned appointment a few minutes
// before it starts (rules::remindNow), once per appointment and time. The delay is each user's
// own preference (ReminderSettings); 0 turns reminders off.
class ReminderWatch : public QObject {
    Q_OBJECT
public:
    ReminderWatch(trame::services::Agenda& agenda, const trame::services::Clock& clock, std::string login,
                  QObject* parent = nullptr);

    void setMinutesBefore(int minutes) { m_minutesBefore = minutes; }
    int minutesBefore() const { return m_minutesBefore; }
    // While suspended (the window is locked), nothing is reminded: what falls due meanwhile comes
    // once the window is unlocked, if the appointment has not begun.
    void setSuspended(bool suspended) { m_suspended = suspended; }
    // Looks at today's appointments now; the timer calls it every half minute.
    void check();

signals:
    void reminder(const QString& title, const QString& text);

private:
    trame::services::Agenda& m_agenda;
    const trame::services::Clock& m_clock;
    const std::string m_login;
    int m_minutesBefore = 15;
    bool m_suspended = false;
    QSet<QString> m_reminded; // an appointment at a time: moved, it is reminded again
    QTimer* m_timer;
};

// The reminder delay of each user of this workstation, in minutes (15 by default, 0: off), kept
// with QSettings under the user's login.
namespace ReminderSettings {
inline constexpr int kDefaultMinutes = 15;
inline constexpr int kMaxMinutes = 240;
int minutesFor(const std::string& login);
void setMinutesFor(const std::string& login, int minutes);
} // namespace ReminderSettings
