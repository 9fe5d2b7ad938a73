#include "documents/PersonDocument.h"

#include "documents/DocumentFiles.h"
#include "documents/DocumentParts.h"
#include "documents/GuiSession.h"
#include "documents/Wording.h"

#include <QRegularExpression>

namespace trame::documents {

namespace parts {

QString titleOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan: return QStringLiteral("Plan d’action");
    case DocumentKind::Interview: return QStringLiteral("Compte rendu d’entretien");
    case DocumentKind::CaseFile: return QStringLiteral("Dossier d’accompagnement");
    case DocumentKind::Convocation: return QStringLiteral("Convocation");
    case DocumentKind::Bilan: return QStringLiteral("Bilan de fin d’accompagnement");
    }
    return {};
}

PaperComposer start(const DocumentSource& source, const QString& title)
{
    const QString who = wording::person(source.record.person);
    const QString structure = wording::q(source.letterhead.name);
    PaperComposer paper(
        QStringLiteral("%1 — %2").arg(title, who),
        structure.isEmpty() ? QStringLiteral("Trame") : structure + QStringLiteral(" (Trame)"),
        QStringLiteral("Document nominatif et confidentiel — édité le %1").arg(wording::date(source.producedAt.day)));
    paper.letterhead(source.letterhead);
    paper.title(title);
    return paper;
}

} // namespace parts

PaperComposer composeDocument(const DocumentSource& source)
{
    PaperComposer paper = parts::start(source, parts::titleOf(source.kind));
    switch (source.kind) {
    case DocumentKind::Plan: parts::plan(source, paper); break;
    case DocumentKind::Interview: parts::interview(source, paper); break;
    case DocumentKind::CaseFile: parts::caseFile(source, paper); break;
    case DocumentKind::Convocation: parts::convocation(source, paper); break;
    case DocumentKind::Bilan: parts::bilan(source, paper); break;
    }
    return paper;
}

std::string documentPdf(const DocumentSource& source)
{
    const GuiSession session;
    return composeDocument(source).pdf().toStdString();
}

QString suggestedFileName(const DocumentSource& source)
{
    QString name = parts::titleOf(source.kind) + QLatin1Char('-') + wording::q(source.record.person.lastName);
    // Letters without their accents, words joined by hyphens: a name every file system and mail
    // program takes as it is.
    name = name.normalized(QString::NormalizationForm_KD);
    name.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    name = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return name + QLatin1Char('-') + wording::q(source.producedAt.day.toString()) + QStringLiteral(".pdf");
}

std::string documentFileName(const DocumentSource& source)
{
    return suggestedFileName(source).toStdString();
}

} // namespace trame::documents
