#pragma once

#include "agenda/AgendaPage.h"

#include <QWidget>

namespace trame::services {
class Accounts;
class Clock;
} // namespace trame::services
struct UserSession;
class QLabel;
class ReminderWatch;

// The Agenda place of the main window, with what goes with it: the sign-in line
// « Aujourd'hui : 3 rendez-vous · 5 suivis à relancer » that leads to it, and, for a counsellor,
// the reminders before each appointment.
class AgendaPlace : public QWidget {
    Q_OBJECT
public:
    AgendaPlace(UserSession& session, trame::services::Accounts& accounts, const trame::services::Clock& clock,
                QWidget* parent = nullptr);

    AgendaPage* page() const { return m_page; }
    // Shown above every place for a counsellor; hidden otherwise. The window lays it out.
    QLabel* todayLine() const { return m_todayLine; }
    // None for a supervisor, who has no appointments of their own.
    ReminderWatch* reminders() const { return m_reminders; }
    void refreshToday();

signals:
    // The sign-in line was followed: show the agenda.
    void todayChosen();

private:
    UserSession& m_session;
    AgendaPage* m_page;
    QLabel* m_todayLine;
    ReminderWatch* m_reminders = nullptr;
};
