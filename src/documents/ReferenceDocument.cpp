#include "documents/ReferenceDocument.h"

#include "documents/GuiSession.h"
#include "documents/PdfComposer.h"

namespace trame::documents {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// The catalogue's label for `key`, or the key itself when the catalogue does not know it.
QString labelOf(const ReferenceContent& content, CatalogueKind kind, const std::string& key)
{
    for (const CatalogueEntry& entry : content.catalogue)
        if (entry.kind == kind && entry.key == key)
            return q(entry.label);
    return q(key);
}

// A phrase to say, between French quotes unless the guide already put them.
QString quoted(const QString& phrase)
{
    if (phrase.isEmpty() || phrase.startsWith(QStringLiteral("«")) || phrase.startsWith(QLatin1Char('"')))
        return phrase;
    return QStringLiteral("« %1 »").arg(phrase);
}

QString civilityOf(Civility civility)
{
    switch (civility) {
    case Civility::Mme: return QStringLiteral("Mme");
    case Civility::M: return QStringLiteral("M.");
    case Civility::Unspecified: return {};
    }
    return {};
}

} // namespace

// The words are French, as the guide is: the document is the guide's, whatever the language of
// the interface that printed it.
std::string referenceCasePdf(const ReferenceCase& reference, const ReferenceContent& content)
{
    const GuiSession session;
    const CaseFile& c = reference.content;
    const QString caseTitle = QStringLiteral("Cas n° %1 — %2").arg(reference.number).arg(q(reference.title));
    PdfComposer pdf(caseTitle, QStringLiteral("Trame — guide de bonnes pratiques d’accompagnement"),
                    QStringLiteral("Guide de bonnes pratiques d’accompagnement (2005) — cas de référence, sans "
                                   "donnée personnelle"));
    pdf.title(caseTitle);
    QString who = civilityOf(reference.civility);
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
                     labelOf(content, CatalogueKind::ObstacleCategory, std::string(toString(o.category))),
                 {q(o.description)});

    pdf.heading(QStringLiteral("Attitude à adopter"));
    for (const PostureItem& p : c.attitude)
        pdf.item(q(p.label), {q(p.guidance), quoted(q(p.examplePhrase))});

    pdf.heading(QStringLiteral("Méthodes et outils"));
    for (const ToolUse& t : c.tools)
        pdf.item(t.tool.empty() ? q(t.label) : labelOf(content, CatalogueKind::Tool, t.tool), {q(t.details)});
    for (const Referral& r : c.referrals)
        pdf.item(QStringLiteral("Orientation : ") +
                     (r.partner.empty() ? q(r.partnerName) : labelOf(content, CatalogueKind::Partner, r.partner)),
                 {q(r.purpose)});

    pdf.heading(QStringLiteral("Plan d’action"));
    int step = 0;
    for (const PlanStep& s : c.plan) {
        const QString partner =
            !s.partner.empty() ? labelOf(content, CatalogueKind::Partner, s.partner) : q(s.partnerName);
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
    return pdf.finish().toStdString();
}

} // namespace trame::documents
