// The document composer on its own: a long plan breaks across pages between its steps, never
// inside one; every page says « page k / N »; A4; the fonts embedded; title and author in the
// metadata; headings never alone at the foot of a page. Checked with poppler's tools.
#include "documents/PaperComposer.h"
#include "documents/GuiSession.h"
#include "documents/PdfCheck.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace trame::documents;

namespace {

std::string written(const TempDir& dir, const QByteArray& pdf)
{
    const std::string path = dir.file("document.pdf");
    std::ofstream(path, std::ios::binary).write(pdf.constData(), pdf.size());
    return path;
}

// The page (from 1) whose text holds `needle`; 0 when none.
int pageOf(const std::string& file, int pages, const std::string& needle)
{
    for (int page = 1; page <= pages; ++page)
        if (pdfText(file, page).find(needle) != std::string::npos)
            return page;
    return 0;
}

} // namespace

TEST_CASE("A plan of forty steps breaks between steps, each page numbered, A4, fonts embedded", "[documents]")
{
    const GuiSession session;
    TempDir dir;
    PaperComposer pdf(QStringLiteral("Plan d’action de Mme Chabert"), QStringLiteral("Trame"),
                      QStringLiteral("Mission locale de l’Estuaire — 2 rue des Quais, 44000 Nantes"));
    pdf.title(QStringLiteral("Plan d’action"));
    pdf.heading(QStringLiteral("Les étapes"));
    for (int i = 1; i <= 40; ++i)
        pdf.item(QStringLiteral("Étape %1 : inscription à l’atelier « CV »").arg(i),
                 {QStringLiteral("Un détail assez long pour tenir sur deux lignes au moins, afin que chaque étape "
                                 "occupe de la place sur la page et que la coupure tombe quelque part."),
                  QStringLiteral("Avec : France Travail"), QStringLiteral("Fin de l’étape %1.").arg(i)});
    const std::string file = written(dir, pdf.pdf());

    const int pages = pdfPages(file);
    REQUIRE(pages >= 3);
    for (int i = 1; i <= 40; ++i) {
        const int head = pageOf(file, pages, "Étape " + std::to_string(i) + " :");
        INFO("step " << i);
        REQUIRE(head > 0);
        CHECK(pageOf(file, pages, "Fin de l’étape " + std::to_string(i) + ".") == head);
    }
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pdfText(file, page);
        CHECK_THAT(text, Catch::Contains("page " + std::to_string(page) + " / " + std::to_string(pages)));
        CHECK_THAT(text, Catch::Contains("Mission locale de l’Estuaire"));
    }
    CHECK(pageOf(file, pages, "Les étapes") == pageOf(file, pages, "Étape 1 :"));
    CHECK_THAT(pdfText(file), Catch::Contains("« CV »"));
    CHECK(fontsEmbedded(file));
    const std::string info = pdfTool("pdfinfo", {file});
    CHECK_THAT(info, Catch::Contains("Title:           Plan d’action de Mme Chabert"));
    CHECK_THAT(info, Catch::Contains("Creator:         Trame"));
    CHECK_THAT(info, Catch::Contains("(A4)"));
}

TEST_CASE("A heading at the foot of a page goes over with the block it introduces", "[documents]")
{
    const GuiSession session;
    TempDir dir;
    PaperComposer pdf(QStringLiteral("Essai"), QStringLiteral("Trame"), QStringLiteral("Pied de page"));
    // Enough single lines to leave a little room at the foot of the first page.
    int filler = 0;
    for (; filler < 200; ++filler) {
        PaperComposer probe(QStringLiteral("Essai"), QStringLiteral("Trame"), QStringLiteral("Pied de page"));
        for (int i = 0; i <= filler; ++i)
            probe.paragraph(QStringLiteral("Ligne %1").arg(i));
        probe.heading(QStringLiteral("Titre de section"));
        probe.item(QStringLiteral("Premier élément"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                       QStringLiteral("d"), QStringLiteral("e")});
        const std::string file = written(dir, probe.pdf());
        if (pdfPages(file) == 2) {
            CHECK(pageOf(file, 2, "Titre de section") == pageOf(file, 2, "Premier élément"));
            break;
        }
    }
    CHECK(filler < 200); // the case was reached
}
