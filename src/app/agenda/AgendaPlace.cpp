#include "agenda/AgendaPlace.h"

#include "agenda/ReminderWatch.h"
#include "common/UserSession.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace trame;

namespace {

// A supervisor picks among the counsellors; a counsellor's agenda is their own.
std::vector<Account> counsellorsFor(const services::Actor& actor, services::Accounts& accounts)
{
    if (actor.may(Action::EditCaseFile, Scope::Own))
        return {};
    auto counsellors = accounts.activeCounsellors(actor);
    return counsellors ? std::move(counsellors).value() : std::vector<Account>{};
}

} // namespace

AgendaPlace::AgendaPlace(UserSession& session, services::Accounts& accounts, const services::Clock& clock,
                         QWidget* parent)
    : QWidget(parent), m_session(session),
      m_page(new AgendaPage({session.agenda, session.appointments, session.caseFiles, session.documents, session.actor},
                            counsellorsFor(session.actor, accounts), this)),
      m_todayLine(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    m_todayLine->setObjectName(QStringLiteral("todayLine"));
    m_todayLine->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_todayLine->setFocusPolicy(Qt::TabFocus);
    connect(m_todayLine, &QLabel::linkActivated, this, &AgendaPlace::todayChosen);
    connect(m_page, &AgendaPage::changed, this, &AgendaPlace::refreshToday);
    const bool ownAgenda = session.actor.may(Action::EditCaseFile, Scope::Own);
    m_todayLine->setVisible(ownAgenda);
    if (ownAgenda) {
        m_reminders = new ReminderWatch(session.agenda, clock, session.actor.login(), this);
        m_reminders->setMinutesBefore(ReminderSettings::minutesFor(session.actor.login()));
        connect(m_page, &AgendaPage::reminderDelayChanged, m_reminders, &ReminderWatch::setMinutesBefore);
        refreshToday();
    }
}

void AgendaPlace::refreshToday()
{
    if (!m_session.actor.may(Action::EditCaseFile, Scope::Own))
        return;
    auto today = m_session.agenda.today(m_session.actor.login());
    if (!today) {
        m_todayLine->clear();
        return;
    }
    const QString line = tr("Today: %n appointment(s)", nullptr, today->appointments) + QStringLiteral(" · ") +
                         tr("%n follow-up(s) overdue", nullptr, today->overdueFollowUps);
    m_todayLine->setText(QStringLiteral("<a href=\"agenda\">%1</a>").arg(line.toHtmlEscaped()));
    m_todayLine->setAccessibleName(line);
}
