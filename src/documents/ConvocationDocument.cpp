// The letter calling the person to an appointment: when, where, whom to ask for, what to bring.
#include "documents/DocumentParts.h"
#include "documents/Wording.h"

#include <algorithm>

namespace trame::documents::parts {

using namespace wording;

void convocation(const DocumentSource& source, PaperComposer& paper)
{
    const Beneficiary& p = source.record.person;
    const auto& list = source.record.appointments;
    const Appointment& a =
        *std::find_if(list.begin(), list.end(), [&](const Appointment& x) { return x.id == source.subject; });

    // The address block, as a window envelope shows it.
    paper.item(person(p), {q(p.address)});
    paper.paragraph(QStringLiteral("Le %1").arg(date(source.producedAt.day)));
    paper.paragraph(QStringLiteral("Objet : rendez-vous de suivi de votre accompagnement"));
    const QString salutation = p.civility == Civility::Mme ? QStringLiteral("Madame,")
                               : p.civility == Civility::M ? QStringLiteral("Monsieur,")
                                                           : QStringLiteral("Madame, Monsieur,");
    const QString expected = p.civility == Civility::Mme ? QStringLiteral("attendue")
                             : p.civility == Civility::M ? QStringLiteral("attendu")
                                                         : QStringLiteral("attendu(e)");
    paper.paragraph(salutation);
    paper.paragraph(QStringLiteral("Vous êtes %1 à un rendez-vous %2 :").arg(expected, appointmentKind(a.kind)));
    const QString place = !a.place.empty() ? q(a.place) : q(source.letterhead.address);
    QStringList details{QStringLiteral("Le ") + appointmentWhen(a)};
    if (!place.isEmpty())
        details << QStringLiteral("Lieu : ") + QString(place).replace(QLatin1Char('\n'), QStringLiteral(", "));
    details << QStringLiteral("Demandez : ") + q(source.counsellorName);
    paper.item(QStringLiteral("Votre rendez-vous"), details);
    if (!source.letterhead.bring.empty())
        paper.item(QStringLiteral("À apporter"), {q(source.letterhead.bring)});
    if (!source.letterhead.phone.empty())
        paper.paragraph(
            QStringLiteral("En cas d’empêchement, merci de nous prévenir au %1.").arg(q(source.letterhead.phone)));
    paper.paragraph(QStringLiteral("Nous vous prions d’agréer nos salutations distinguées."));
    paper.item(q(source.counsellorName), {q(source.letterhead.name)});
}

} // namespace trame::documents::parts
