// The bilan of a closed support period, as it was written at the exit: the period, what became of
// the obstacles, the steps and the indicators, and the counsellor's own words.
#include "documents/DocumentParts.h"
#include "documents/Wording.h"

#include <algorithm>

namespace trame::documents::parts {

using namespace wording;

void bilan(const DocumentSource& source, PaperComposer& paper)
{
    const auto& periods = source.record.periods;
    const SupportPeriod& period =
        *std::find_if(periods.begin(), periods.end(), [&](const SupportPeriod& x) { return x.id == source.subject; });
    paper.subtitle(person(source.record.person));
    paper.heading(QStringLiteral("L’accompagnement"));
    QStringList lines{QStringLiteral("Accompagnement ") + periodSpan(period),
                      QStringLiteral("Conseiller ou conseillère : ") + q(source.counsellorName)};
    if (!period.prescriberOrganisation.empty() || !period.prescriberName.empty())
        lines << QStringLiteral("Prescripteur : ") + q(period.prescriberOrganisation) +
                     (period.prescriberName.empty()
                          ? QString()
                          : QStringLiteral(" (") + q(period.prescriberName) + QLatin1Char(')'));
    lines << QStringLiteral("Motif de sortie : ") + exitReason(source.exitReasons, period.exit->reason)
          << QStringLiteral("Situation à la sortie : ") + fseSituation(period.exit->situation);
    paper.item(programme(source.programmes, period.programme), lines);

    const Bilan empty;
    const Bilan& b = period.bilan ? *period.bilan : empty;
    if (!b.obstacles.empty()) {
        paper.heading(QStringLiteral("Les freins"));
        for (const Bilan::ObstacleOutcome& o : b.obstacles)
            paper.item(obstacleCategory(source.catalogue, o.category),
                       {q(o.description), o.lifted ? QStringLiteral("Levé") : QStringLiteral("Non levé")});
    }
    if (!b.steps.empty()) {
        paper.heading(QStringLiteral("Les étapes du plan"));
        for (const Bilan::StepOutcome& s : b.steps)
            paper.item(q(s.title), {QStringLiteral("État : ") + stepStatus(s.status)});
    }
    if (!b.indicators.empty()) {
        paper.heading(QStringLiteral("Les indicateurs"));
        for (const Bilan::IndicatorOutcome& i : b.indicators)
            paper.item(q(i.label),
                       {i.target.empty() ? QString() : QStringLiteral("Objectif : ") + q(i.target),
                        i.evaluation.empty() ? QString() : QStringLiteral("Évaluation : ") + q(i.evaluation)});
    }
    paper.heading(QStringLiteral("Le bilan"));
    paper.paragraph(q(b.text));
    paper.signatures(
        QStringLiteral("Fait le %1.").arg(date(source.producedAt.day)),
        {QStringLiteral("La personne accompagnée"), QStringLiteral("Pour la structure : ") + q(source.counsellorName)});
}

} // namespace trame::documents::parts
