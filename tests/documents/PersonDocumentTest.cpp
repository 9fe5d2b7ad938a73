// The five documents about a person, each rendered from a fixture and read back with poppler: what
// each one says, what the plan handed to the person leaves out, the letterhead on the first page,
// the pages numbered, the fonts embedded, a long plan cut between its steps.
#include "documents/PersonDocument.h"
#include "documents/DocumentFiles.h"
#include "documents/GuiSession.h"
#include "documents/PdfCheck.h"
#include "support/Samples.h"
#include "support/TempDir.h"

#include <QBuffer>
#include <QImage>

#include <catch2/catch.hpp>

#include <fstream>

using namespace trame;

namespace {

std::string pngLogo()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

// Mme Hélène Benali on Monday 2 November 2026 at 10:00, her file filled, seen once, two appointments
// ahead, a review round with a comment, a closed period with its bilan.
DocumentSource sampleSource(DocumentKind kind)
{
    DocumentSource s;
    s.kind = kind;
    s.record = sampleRecord(7, "Benali");
    s.counsellorName = "Claire Martin";
    s.letterhead = {"Maison de l’emploi de l’Estuaire",
                    "2 rue des Quais\n44000 Nantes",
                    "02 40 00 00 00",
                    "accueil@mde-estuaire.fr",
                    "Association loi 1901 — SIRET 123 456 789 00012",
                    "Votre pièce d’identité et ce courrier",
                    pngLogo()};
    s.catalogue = {{CatalogueKind::ObstacleCategory, "training_choice", "Choix de formation", "", {}, {}},
                   {CatalogueKind::ObstacleCategory, "financing", "Financement", "", {}, {}},
                   {CatalogueKind::Partner, "france_travail", "France Travail", "", {}, {}}};
    s.templates = {sampleTemplate()};
    s.programmes = {{"rsa", "Accompagnement RSA", std::nullopt, "", true}};
    s.exitReasons = {
        {"cdi", "Emploi durable (CDI)", IaeExitCategory::DurableJob, true, FseSituation::Employed, "", true}};
    s.producedAt = {Date(2026, 11, 2), 10 * 60};
    Appointment next;
    next.id = 31;
    next.beneficiaryId = 7;
    next.start = {Date(2026, 11, 5), 9 * 60 + 30};
    next.place = "Bureau 2, rez-de-chaussée";
    Appointment past = next;
    past.id = 30;
    past.start = {Date(2026, 10, 20), 14 * 60};
    past.status = AppointmentStatus::Honoured;
    Appointment workshop = next;
    workshop.id = 32;
    workshop.start = {Date(2026, 11, 19), 14 * 60};
    workshop.kind = AppointmentKind::Workshop;
    workshop.place = "Salle collective";
    s.record.appointments = {past, next, workshop};
    Review review;
    review.submitterName = "Claire Martin";
    review.note = "Le plan est-il réaliste ?";
    review.comments = {{1, CaseSection::Plan, 3, "Sophie Durand", Timestamp(), "Ajouter une date à l’étape 2."}};
    s.reviews = {review};
    SupportPeriod& period = s.record.periods.front();
    period.id = 5;
    period.exit = PeriodExit{Date(2026, 10, 30), "cdi", FseSituation::Employed};
    period.bilan = Bilan{{{"Hésite entre CAP et formation courte", ObstacleCategory::TrainingChoice, true}},
                         {{"Immersion réalisée", "Une immersion", "Réussie"}},
                         {{"Planifier une immersion", StepStatus::Done}},
                         "Embauchée en CDI comme gardienne d’immeuble après l’immersion."};
    s.subject = kind == DocumentKind::Interview     ? s.record.interviews.front().id
                : kind == DocumentKind::Convocation ? 31
                : kind == DocumentKind::Bilan       ? 5
                                                    : 0;
    return s;
}

struct Rendered {
    std::string file;
    std::string text;
    int pages = 0;
};

Rendered render(const TempDir& dir, const DocumentSource& source)
{
    Rendered r;
    r.file = dir.file(std::string(toString(source.kind)) + ".pdf");
    const std::string pdf = documents::documentPdf(source);
    std::ofstream(r.file, std::ios::binary).write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
    r.text = pdfText(r.file);
    r.pages = pdfPages(r.file);
    return r;
}

bool has(const Rendered& r, const std::string& text)
{
    return r.text.find(text) != std::string::npos;
}

} // namespace

TEST_CASE("Every document bears the letterhead, its title in the metadata, numbered pages and embedded fonts",
          "[documents]")
{
    TempDir dir;
    for (DocumentKind kind : {DocumentKind::Plan, DocumentKind::Interview, DocumentKind::CaseFile,
                              DocumentKind::Convocation, DocumentKind::Bilan}) {
        INFO(toString(kind));
        const Rendered r = render(dir, sampleSource(kind));
        const std::string first = pdfText(r.file, 1);
        CHECK_THAT(first, Catch::Contains("Maison de l’emploi de l’Estuaire"));
        CHECK_THAT(first, Catch::Contains("44000 Nantes"));
        CHECK_THAT(first, Catch::Contains("Tél. 02 40 00 00 00"));
        for (int page = 1; page <= r.pages; ++page) {
            const std::string text = pdfText(r.file, page);
            CHECK_THAT(text, Catch::Contains("page " + std::to_string(page) + " / " + std::to_string(r.pages)));
            CHECK_THAT(text, Catch::Contains("SIRET 123 456 789 00012"));
        }
        CHECK(fontsEmbedded(r.file));
        const std::string info = pdfTool("pdfinfo", {r.file});
        CHECK_THAT(info, Catch::Contains("Mme Hélène Benali"));
        CHECK_THAT(info, Catch::Contains("(A4)"));
        CHECK_THAT(pdfTool("pdfimages", {"-list", r.file}), Catch::Contains("image")); // the logo
    }
}

TEST_CASE("The action plan is written for the person: steps, appointments, signatures, no internal notes",
          "[documents][plan]")
{
    TempDir dir;
    const Rendered r = render(dir, sampleSource(DocumentKind::Plan));
    CHECK(has(r, "Plan d’action"));
    CHECK(has(r, "Suivi par : Claire Martin"));
    CHECK(has(r, "Pour nous joindre : par téléphone au 02 40 00 00 00"));
    CHECK(has(r, "Choix de formation"));
    CHECK(has(r, "1. Planifier une immersion"));
    CHECK(has(r, "Pour le 1er octobre 2026"));
    CHECK(has(r, "2. Comparer les deux formations"));
    CHECK(r.text.find("1. Planifier") < r.text.find("2. Comparer"));
    CHECK(has(r, "jeudi 5 novembre 2026 à 9 h 30"));
    CHECK(has(r, "jeudi 19 novembre 2026 à 14 h"));
    CHECK_FALSE(has(r, "20 octobre 2026")); // a past appointment is not "next"
    CHECK(has(r, "Objectif : Immersion réalisée"));
    CHECK(has(r, "La personne accompagnée"));
    CHECK(has(r, "Pour la structure : Claire Martin"));
    // Nothing for the file only: no review state, no interview note, no review comment.
    for (const char* internal :
         {"brouillon", "Compétences d'entretien confirmées", "Ajouter une date", "Le plan est-il"})
        CHECK_FALSE(has(r, internal));
}

TEST_CASE("A plan of forty steps breaks between steps, never inside one", "[documents][plan]")
{
    TempDir dir;
    DocumentSource source = sampleSource(DocumentKind::Plan);
    source.record.caseFile.plan.clear();
    for (int i = 1; i <= 40; ++i)
        source.record.caseFile.plan.push_back({i, "Étape numéro " + std::to_string(i),
                                               "Un détail assez long pour prendre deux lignes sur la page, afin que "
                                               "la coupure tombe entre deux étapes. Fin du détail " +
                                                   std::to_string(i) + ".",
                                               Date(2026, 12, 1).addDays(i), StepStatus::Planned, "france_travail", "",
                                               std::nullopt});
    const Rendered r = render(dir, source);
    REQUIRE(r.pages >= 3);
    const auto pageOf = [&](const std::string& needle) {
        for (int page = 1; page <= r.pages; ++page)
            if (pdfText(r.file, page).find(needle) != std::string::npos)
                return page;
        return 0;
    };
    for (int i = 1; i <= 40; ++i) {
        INFO("step " << i);
        const int head = pageOf(std::to_string(i) + ". Étape numéro " + std::to_string(i) + "\n");
        REQUIRE(head > 0);
        CHECK(pageOf("Fin du détail " + std::to_string(i) + ".") == head);
    }
    CHECK(pageOf("Avec : France Travail") > 0);
}

TEST_CASE("An interview summary gives the items written, the person's words and the next appointment", "[documents]")
{
    TempDir dir;
    const Rendered r = render(dir, sampleSource(DocumentKind::Interview));
    CHECK(has(r, "Compte rendu d’entretien"));
    CHECK(has(r, "entretien du 15 septembre 2026"));
    CHECK(has(r, "Compétences d'entretien confirmées"));
    CHECK(has(r, "État : fait"));
    CHECK(has(r, "État : sans objet"));
    CHECK(has(r, "« Je me sens plus sûre de mon choix. »"));
    CHECK(has(r, "jeudi 5 novembre 2026 à 9 h 30"));
}

TEST_CASE("The whole case file holds every section, the interviews, the appointments and the review", "[documents]")
{
    TempDir dir;
    const Rendered r = render(dir, sampleSource(DocumentKind::CaseFile));
    for (const char* part :
         {"La personne", "Situation", "Attitude à adopter", "Méthodes et outils", "Plan d’action", "Indicateurs",
          "Conseils administratifs", "Rythme de suivi", "Entretiens", "Rendez-vous", "Validation",
          "Né(e) le 12 avril 1979", "État du dossier : brouillon", "Parcours : Accompagnement RSA",
          "Ajouter une date à l’étape 2.", "honoré", "Orientation : France Travail", "Écoute active"})
        CHECK(has(r, part));
}

TEST_CASE("The convocation says when, where, whom to ask for and what to bring", "[documents]")
{
    TempDir dir;
    const Rendered r = render(dir, sampleSource(DocumentKind::Convocation));
    CHECK(has(r, "Convocation"));
    CHECK(has(r, "Madame,"));
    CHECK(has(r, "Vous êtes attendue à un rendez-vous sur place"));
    CHECK(has(r, "jeudi 5 novembre 2026 à 9 h 30"));
    CHECK(has(r, "Lieu : Bureau 2, rez-de-chaussée"));
    CHECK(has(r, "Demandez : Claire Martin"));
    CHECK(has(r, "Votre pièce d’identité et ce courrier"));
    CHECK(has(r, "3 rue des Lilas"));
    CHECK_FALSE(has(r, "19 novembre")); // only the appointment it is for
}

TEST_CASE("The bilan is the closed period's, as written at the exit", "[documents]")
{
    TempDir dir;
    const Rendered r = render(dir, sampleSource(DocumentKind::Bilan));
    CHECK(has(r, "Bilan de fin d’accompagnement"));
    CHECK(has(r, "du 1er septembre 2026 au 30 octobre 2026"));
    CHECK(has(r, "Motif de sortie : Emploi durable (CDI)"));
    CHECK(has(r, "Situation à la sortie : en emploi"));
    CHECK(has(r, "Levé"));
    CHECK(has(r, "Évaluation : Réussie"));
    CHECK(has(r, "Embauchée en CDI comme gardienne d’immeuble"));
}

TEST_CASE("A document's file name is plain letters, the kind, the person and the day", "[documents]")
{
    const documents::GuiSession session;
    CHECK(documents::documentFileName(sampleSource(DocumentKind::Plan)) == "plan-d-action-benali-2026-11-02.pdf");
    DocumentSource accented = sampleSource(DocumentKind::Bilan);
    accented.record.person.lastName = "Élouän-Ngô";
    CHECK(documents::documentFileName(accented) == "bilan-de-fin-d-accompagnement-elouan-ngo-2026-11-02.pdf");
}
