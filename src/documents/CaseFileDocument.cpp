// The whole case file, for a supervisor or the file: the person, the periods, every section of
// the guide's frame, then the interviews, the appointments and the review rounds.
#include "documents/DocumentParts.h"
#include "documents/Wording.h"

namespace trame::documents::parts {

using namespace wording;

namespace {

void identity(const DocumentSource& source, PaperComposer& paper)
{
    const Beneficiary& p = source.record.person;
    QStringList lines;
    if (p.birthDate)
        lines << QStringLiteral("Né(e) le ") + date(*p.birthDate);
    const auto add = [&](const char* label, const std::string& text) {
        if (!text.empty())
            lines << QString::fromUtf8(label) + q(text);
    };
    const auto joined = [](const std::vector<std::string>& list) {
        QStringList out;
        for (const std::string& s : list)
            out << q(s);
        return out.join(QStringLiteral(", ")).toStdString();
    };
    add("Téléphone : ", p.phone);
    add("Courriel : ", p.email);
    if (!p.address.empty())
        lines << QStringLiteral("Adresse : ") + q(p.address).replace(QLatin1Char('\n'), QStringLiteral(", "));
    add("Qualifications : ", p.qualifications);
    add("Expérience : ", p.experience);
    add("Langues : ", joined(p.languages));
    add("Ressources : ", joined(p.resources));
    lines << QStringLiteral("Conseiller ou conseillère : ") + q(source.counsellorName)
          << QStringLiteral("État du dossier : ") + reviewState(source.record.caseFile.reviewState);
    paper.heading(QStringLiteral("La personne"));
    paper.item(person(p), lines);
    for (const SupportPeriod& period : source.record.periods) {
        QStringList about{QStringLiteral("Accompagnement ") + periodSpan(period)};
        if (!period.prescriberOrganisation.empty())
            about << QStringLiteral("Prescripteur : ") + q(period.prescriberOrganisation);
        for (const Pause& pause : period.pauses)
            about << QStringLiteral("Suspendu du %1%2 : %3")
                         .arg(date(pause.from), pause.until ? QStringLiteral(" au ") + date(*pause.until) : QString(),
                              q(pause.reason));
        if (period.exit)
            about << QStringLiteral("Motif de sortie : ") + exitReason(source.exitReasons, period.exit->reason);
        paper.item(QStringLiteral("Parcours : ") + programme(source.programmes, period.programme), about);
    }
}

void frame(const DocumentSource& source, PaperComposer& paper)
{
    const CaseFile& c = source.record.caseFile;
    paper.heading(section(CaseSection::Situation));
    if (!c.problemStatement.empty())
        paper.item(QStringLiteral("Problématique"), {q(c.problemStatement)});
    paper.paragraph(q(c.situation));
    for (const Obstacle& o : c.obstacles)
        paper.item(QStringLiteral("Frein : ") + obstacleCategory(source.catalogue, o.category),
                   {q(o.description), QStringLiteral("État : ") + obstacleStatus(o.status)});
    const QString nothing = QStringLiteral("Rien n’est encore écrit dans cette partie.");
    paper.heading(section(CaseSection::Attitude));
    if (c.attitude.empty())
        paper.paragraph(nothing);
    for (const PostureItem& p : c.attitude)
        paper.item(q(p.label), {q(p.guidance), quoted(q(p.examplePhrase))});
    paper.heading(section(CaseSection::Methods));
    if (c.tools.empty() && c.referrals.empty())
        paper.paragraph(nothing);
    for (const ToolUse& t : c.tools)
        paper.item(t.tool.empty() ? q(t.label) : label(source.catalogue, CatalogueKind::Tool, t.tool), {q(t.details)});
    for (const Referral& r : c.referrals)
        paper.item(QStringLiteral("Orientation : ") + partnerOf(source.catalogue, r.partner, r.partnerName),
                   {q(r.purpose), referralStatus(r.status)});
    paper.heading(section(CaseSection::Plan));
    if (c.plan.empty())
        paper.paragraph(nothing);
    int number = 0;
    for (const PlanStep& s : c.plan)
        paper.item(QStringLiteral("%1. %2").arg(++number).arg(q(s.title)),
                   {q(s.details), s.dueDate ? QStringLiteral("Pour le ") + date(*s.dueDate) : QString(),
                    s.partner.empty() && s.partnerName.empty()
                        ? QString()
                        : QStringLiteral("Avec : ") + partnerOf(source.catalogue, s.partner, s.partnerName),
                    QStringLiteral("État : ") + stepStatus(s.status)});
    paper.heading(section(CaseSection::Indicators));
    if (c.indicators.empty())
        paper.paragraph(nothing);
    for (const Indicator& i : c.indicators)
        paper.item(q(i.label),
                   {i.target.empty() ? QString() : QStringLiteral("Objectif : ") + q(i.target),
                    i.evaluation.empty() ? QString() : QStringLiteral("Évaluation : ") + q(i.evaluation),
                    i.evaluatedOn ? QStringLiteral("Évalué le ") + date(*i.evaluatedOn) : QString(), q(i.evidence)});
    if (!c.adminAdvice.empty()) {
        paper.heading(QStringLiteral("Conseils administratifs"));
        for (const std::string& advice : c.adminAdvice)
            paper.paragraph(QStringLiteral("• ") + q(advice));
    }
    if (c.rhythm) {
        paper.heading(QStringLiteral("Rythme de suivi"));
        paper.paragraph(rhythmWithLabel(*c.rhythm));
    }
}

void history(const DocumentSource& source, PaperComposer& paper)
{
    paper.heading(QStringLiteral("Entretiens"));
    if (source.record.interviews.empty())
        paper.paragraph(QStringLiteral("Aucun entretien enregistré."));
    for (const Interview& i : source.record.interviews) {
        QStringList lines;
        for (const InterviewEntry& e : i.entries)
            lines << QStringLiteral("%1 (%2)%3")
                         .arg(templateItem(source.templates, i.templateVersion, e.itemKey), itemStatus(e.status),
                              e.note.empty() ? QString() : QStringLiteral(" : ") + q(e.note));
        if (!i.selfAssessment.empty())
            lines << QStringLiteral("La personne : ") + quoted(q(i.selfAssessment));
        paper.item(QStringLiteral("Entretien du ") + date(i.heldOn), lines);
    }
    if (!source.record.appointments.empty()) {
        paper.heading(QStringLiteral("Rendez-vous"));
        for (const Appointment& a : source.record.appointments)
            paper.item(appointmentWhen(a),
                       {appointmentKind(a.kind) + QStringLiteral(" — ") + appointmentStatus(a.status)});
    }
    if (!source.reviews.empty()) {
        paper.heading(QStringLiteral("Validation"));
        for (const Review& r : source.reviews) {
            QStringList lines{q(r.note)};
            for (const ReviewComment& c : r.comments)
                lines << QStringLiteral("%1 — %2 : %3").arg(section(c.section), q(c.authorName), q(c.text));
            if (r.outcome)
                lines << QStringLiteral("Décision de %1 : %2%3")
                             .arg(q(r.deciderName), reviewState(*r.outcome),
                                  r.decisionNote.empty() ? QString() : QStringLiteral(" — ") + q(r.decisionNote));
            paper.item(QStringLiteral("Soumis par %1").arg(q(r.submitterName)), lines);
        }
    }
}

} // namespace

void caseFile(const DocumentSource& source, PaperComposer& paper)
{
    identity(source, paper);
    frame(source, paper);
    history(source, paper);
}

} // namespace trame::documents::parts
