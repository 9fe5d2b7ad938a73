// The action plan handed to the person at the end of an interview: written for them, not for the
// file — what is worked on, the steps, the appointments, how progress is seen; no review state
// and no internal note.
#include "documents/DocumentParts.h"
#include "documents/Wording.h"

namespace trame::documents::parts {

using namespace wording;

namespace {

void whoFollows(const DocumentSource& source, PaperComposer& paper)
{
    paper.heading(QStringLiteral("Votre accompagnement"));
    QStringList lines{QStringLiteral("Suivi par : ") + q(source.counsellorName)};
    const Letterhead& l = source.letterhead;
    QStringList reach;
    if (!l.phone.empty())
        reach << QStringLiteral("par téléphone au ") + q(l.phone);
    if (!l.email.empty())
        reach << QStringLiteral("par courriel à ") + q(l.email);
    if (!reach.isEmpty())
        lines << QStringLiteral("Pour nous joindre : ") + reach.join(QStringLiteral(", "));
    if (source.record.caseFile.rhythm)
        lines << QStringLiteral("Nous nous voyons ") + rhythm(*source.record.caseFile.rhythm) + QLatin1Char('.');
    paper.item(person(source.record.person), lines);
}

void obstacles(const DocumentSource& source, PaperComposer& paper)
{
    const auto& list = source.record.caseFile.obstacles;
    if (list.empty())
        return;
    paper.heading(QStringLiteral("Ce sur quoi nous travaillons"));
    for (const Obstacle& o : list)
        paper.item(obstacleCategory(source.catalogue, o.category),
                   {q(o.description), o.status == ObstacleStatus::Lifted ? QStringLiteral("C’est réglé.") : QString()});
}

void steps(const DocumentSource& source, PaperComposer& paper)
{
    paper.heading(QStringLiteral("Les étapes"));
    int number = 0;
    for (const PlanStep& s : source.record.caseFile.plan) {
        // The plan as it stands: what was dropped is the file's history, not the person's plan.
        if (s.status == StepStatus::Cancelled || s.status == StepStatus::Abandoned)
            continue;
        QStringList lines{q(s.details)};
        if (s.dueDate)
            lines << QStringLiteral("Pour le ") + date(*s.dueDate);
        if (const QString with = partnerOf(source.catalogue, s.partner, s.partnerName); !with.isEmpty())
            lines << QStringLiteral("Avec : ") + with;
        if (s.status != StepStatus::Planned)
            lines << QStringLiteral("Où en est-on : ") + stepStatus(s.status);
        paper.item(QStringLiteral("%1. %2").arg(++number).arg(q(s.title)), lines);
    }
    if (number == 0)
        paper.paragraph(QStringLiteral("Les étapes restent à fixer ensemble."));
}

void appointments(const DocumentSource& source, PaperComposer& paper)
{
    const auto upcoming = rules::upcomingAppointments(source.record, source.producedAt);
    paper.heading(QStringLiteral("Vos prochains rendez-vous"));
    if (upcoming.empty())
        paper.paragraph(QStringLiteral("Le prochain rendez-vous sera fixé avec vous."));
    for (const Appointment& a : upcoming)
        paper.item(appointmentWhen(a),
                   {appointmentKind(a.kind) + (a.place.empty() ? QString() : QStringLiteral(" — ") + q(a.place))});
}

void indicators(const DocumentSource& source, PaperComposer& paper)
{
    const auto& list = source.record.caseFile.indicators;
    if (list.empty())
        return;
    paper.heading(QStringLiteral("Comment nous verrons que cela avance"));
    for (const Indicator& i : list)
        paper.item(q(i.label), {i.target.empty() ? QString() : QStringLiteral("Objectif : ") + q(i.target)});
}

} // namespace

void plan(const DocumentSource& source, PaperComposer& paper)
{
    paper.subtitle(
        QStringLiteral("Établi avec %1 le %2").arg(person(source.record.person), date(source.producedAt.day)));
    whoFollows(source, paper);
    obstacles(source, paper);
    steps(source, paper);
    appointments(source, paper);
    indicators(source, paper);
    paper.signatures(
        QStringLiteral("Fait le %1, en deux exemplaires.").arg(date(source.producedAt.day)),
        {QStringLiteral("La personne accompagnée"), QStringLiteral("Pour la structure : ") + q(source.counsellorName)});
}

} // namespace trame::documents::parts
