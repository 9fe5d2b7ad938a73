#include "documents/ReferenceDocument.h"

#include "documents/DocumentFiles.h"
#include "documents/GuiSession.h"
#include "documents/PaperComposer.h"
#include "documents/Wording.h"

namespace trame::documents {

using namespace wording;

// The words are French, as the guide is: the document is the guide's, whatever the language of
// the interface that printed it.
PaperComposer composeReference(const ReferenceCase& reference, const ReferenceContent& content,
                               const Letterhead& letterhead)
{
    const CaseFile& c = reference.content;
    const QString caseTitle = QStringLiteral("Cas n° %1 — %2").arg(reference.number).arg(q(reference.title));
    PaperComposer pdf(caseTitle, QStringLiteral("Trame — guide de bonnes pratiques d’accompagnement"),
                      QStringLiteral("Guide de bonnes pratiques d’accompagnement (2005) — cas de référence, sans "
                                     "donnée personnelle"));
    pdf.letterhead(letterhead);
    pdf.title(caseTitle);
    QString who = civility(reference.civility);
    who += (who.isEmpty() ? QString() : QStringLiteral(" ")) + q(reference.name);
    if (reference.age)
        who += QStringLiteral(", %1 ans").arg(*reference.age);
    pdf.subtitle(who);

    pdf.heading(QStringLiteral("Situation"));
    if (!c.problemStatement.empty())
        pdf.item(QStringLiteral("Problématique"), {q(c.problemStatement)});
    pdf.paragraph(q(c.situation));
    for (const Obstacle& o : c.obstacles)
        pdf.item(QStringLiteral("Frein : ") +
                     label(content.catalogue, CatalogueKind::ObstacleCategory, std::string(toString(o.category))),
                 {q(o.description)});

    pdf.heading(QStringLiteral("Attitude à adopter"));
    for (const PostureItem& p : c.attitude)
        pdf.item(q(p.label), {q(p.guidance), quoted(q(p.examplePhrase))});

    pdf.heading(QStringLiteral("Méthodes et outils"));
    for (const ToolUse& t : c.tools)
        pdf.item(t.tool.empty() ? q(t.label) : label(content.catalogue, CatalogueKind::Tool, t.tool), {q(t.details)});
    for (const Referral& r : c.referrals)
        pdf.item(QStringLiteral("Orientation : ") + (r.partner.empty()
                                                         ? q(r.partnerName)
                                                         : label(content.catalogue, CatalogueKind::Partner, r.partner)),
                 {q(r.purpose)});

    pdf.heading(QStringLiteral("Plan d’action"));
    int step = 0;
    for (const PlanStep& s : c.plan) {
        const QString partner =
            !s.partner.empty() ? label(content.catalogue, CatalogueKind::Partner, s.partner) : q(s.partnerName);
        pdf.item(QStringLiteral("%1. %2").arg(++step).arg(q(s.title)),
                 {q(s.details), partner.isEmpty() ? QString() : QStringLiteral("Avec : ") + partner});
    }

    pdf.heading(QStringLiteral("Indicateurs"));
    if (c.indicators.empty())
        pdf.paragraph(q(reference.indicatorsNote));
    for (const Indicator& i : c.indicators)
        pdf.item(q(i.label), {i.target.empty() ? QString() : QStringLiteral("Cible : ") + q(i.target)});

    if (!c.adminAdvice.empty()) {
        pdf.heading(QStringLiteral("Conseils administratifs"));
        for (const std::string& advice : c.adminAdvice)
            pdf.paragraph(QStringLiteral("• ") + q(advice));
    }
    if (c.rhythm) {
        pdf.heading(QStringLiteral("Rythme de suivi"));
        pdf.paragraph(q(c.rhythm->label));
    }
    if (!reference.source.empty())
        pdf.paragraph(QStringLiteral("Source : ") + q(reference.source));
    return pdf;
}

std::string referenceCasePdf(const ReferenceCase& reference, const ReferenceContent& content,
                             const Letterhead& letterhead)
{
    const GuiSession session;
    return composeReference(reference, content, letterhead).pdf().toStdString();
}

} // namespace trame::documents
