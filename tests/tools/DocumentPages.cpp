#include "tools/DocumentPages.h"

#include "documents/DocumentFiles.h"
#include "services/Appointments.h"
#include "services/Clock.h"
#include "services/Documents.h"
#include "services/Letterheads.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>

using namespace trame;

namespace {

const char* const kLogo = R"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80">
  <rect width="80" height="80" rx="12" fill="#1f5fa8"/>
  <text x="12" y="55" font-size="40" fill="#ffffff" font-family="DejaVu Sans">ME</text>
  <text x="90" y="50" font-size="22" fill="#1f5fa8" font-family="DejaVu Sans">Estuaire</text>
</svg>
)svg";

bool render(const std::string& pdf, const QString& png)
{
    // pdftoppm adds the extension itself; -singlefile keeps the first page only.
    QString prefix = png;
    prefix.chop(4);
    const int status = QProcess::execute(QStringLiteral("pdftoppm"),
                                         {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"),
                                          QStringLiteral("-singlefile"), QString::fromStdString(pdf), prefix});
    if (status != 0)
        std::fprintf(stderr, "pdftoppm failed on %s\n", pdf.c_str());
    else
        std::printf("%s\n", qPrintable(png));
    return status == 0;
}

} // namespace

bool documentPages(services::Workspace& workspace, const services::Clock& clock, const services::Actor& admin,
                   const services::Actor& counsellor, const QString& folder)
{
    const Letterhead letterhead{"Maison de l’emploi de l’Estuaire",
                                "2 rue des Quais\n44000 Nantes",
                                "02 40 00 00 00",
                                "accueil@mde-estuaire.fr",
                                "Association loi 1901 — SIRET 123 456 789 00012",
                                "Votre pièce d’identité, votre CV et ce courrier",
                                kLogo};
    if (!services::setLetterhead(workspace, clock, admin, letterhead))
        return false;
    Appointment next;
    next.beneficiaryId = 1;
    next.start = {clock.today().addDays(3), 9 * 60 + 30};
    next.place = "Bureau 2, rez-de-chaussée";
    if (!services::Appointments(workspace, clock, counsellor).plan(next))
        return false;
    const QTemporaryDir scratch;
    services::Documents documents(workspace, clock, counsellor);
    const std::pair<DocumentKind, const char*> pages[] = {
        {DocumentKind::Plan, "document-plan"},        {DocumentKind::Interview, "document-entretien"},
        {DocumentKind::CaseFile, "document-dossier"}, {DocumentKind::Convocation, "document-convocation"},
        {DocumentKind::Bilan, "document-bilan"},
    };
    for (const auto& [kind, name] : pages) {
        // The bilan is the one of whoever's follow-up the tour closed.
        Result<DocumentSource> source = makeError(ErrorKind::NotFound, name, "no one to write it for");
        for (std::int64_t person = 1; person <= 6 && !source; ++person)
            source = documents.source(kind, person);
        if (!source) {
            std::fprintf(stderr, "%s: %s\n", name, source.error().describe().c_str());
            return false;
        }
        const std::string pdf = QDir(scratch.path()).filePath(QString::fromLatin1(name)).toStdString() + ".pdf";
        const std::string bytes = documents::documentPdf(*source);
        std::ofstream(pdf, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!render(pdf, QDir(folder).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))))
            return false;
    }
    return true;
}
