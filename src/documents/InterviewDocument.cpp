// The summary of one interview: the Annexe 1 items written at it, the person's own words, and
// when they are seen next.
#include "documents/DocumentParts.h"
#include "documents/Wording.h"

#include <algorithm>

namespace trame::documents::parts {

using namespace wording;

namespace {

const Interview& chosen(const DocumentSource& source)
{
    const auto& list = source.record.interviews;
    return *std::find_if(list.begin(), list.end(), [&](const Interview& i) { return i.id == source.subject; });
}

QString nextMeeting(const DocumentSource& source, const Interview& interview)
{
    // The appointment planned after the interview, else the date agreed at it.
    const LocalTime after{interview.heldOn.addDays(1), 0};
    const auto upcoming = rules::upcomingAppointments(source.record, std::max(after, source.producedAt));
    if (!upcoming.empty())
        return appointmentWhen(upcoming.front()) + QStringLiteral(", ") + appointmentKind(upcoming.front().kind);
    if (interview.nextAppointment)
        return QStringLiteral("Prévu vers le ") + date(*interview.nextAppointment);
    return QStringLiteral("À fixer.");
}

} // namespace

void interview(const DocumentSource& source, PaperComposer& paper)
{
    const Interview& held = chosen(source);
    paper.subtitle(QStringLiteral("%1 — entretien du %2").arg(person(source.record.person), date(held.heldOn)));
    paper.paragraph(QStringLiteral("Conseiller ou conseillère : ") + q(source.counsellorName));
    paper.heading(QStringLiteral("Les points du suivi"));
    if (held.entries.empty())
        paper.paragraph(QStringLiteral("Aucun point du suivi n’a été renseigné à cet entretien."));
    for (const InterviewEntry& e : held.entries)
        paper.item(templateItem(source.templates, held.templateVersion, e.itemKey),
                   {QStringLiteral("État : ") + itemStatus(e.status), q(e.note)});
    if (!held.selfAssessment.empty()) {
        paper.heading(QStringLiteral("Ce que la personne en dit"));
        paper.paragraph(quoted(q(held.selfAssessment)));
    }
    paper.heading(QStringLiteral("Prochain rendez-vous"));
    paper.paragraph(nextMeeting(source, held));
}

} // namespace trame::documents::parts
