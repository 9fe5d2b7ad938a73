// The alert colour and the guidance text keep a contrast of 4.5:1 in a light and a dark palette,
// a toned label follows the palette when it changes, and what is late is said without colour too.
#include "common/Tones.h"
#include "beneficiaries/BeneficiaryListModel.h"

#include "gui/GuiFixture.h"
#include "shell/Translations.h"
#include "support/DarkPalette.h"
#include "support/Samples.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace trame;

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

} // namespace

TEST_CASE("Contrast is measured as WCAG 2 says", "[gui][tones]")
{
    CHECK(Tones::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Tones::contrast(Qt::white, Qt::white) == Approx(1.0));
    CHECK(Tones::contrast(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));
}

TEST_CASE("Alerts banners and guidance read at 4.5 to 1 in a light and a dark palette", "[gui][tones]")
{
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const QColor alert = Tones::alert(palette);
        CHECK(Tones::contrast(alert, palette.color(QPalette::Base)) >= Tones::kMinimumContrast);
        CHECK(Tones::contrast(alert, palette.color(QPalette::Window)) >= Tones::kMinimumContrast);
        CHECK(alert.red() > alert.green()); // still a red where it can be
        CHECK(Tones::contrast(Tones::banner(palette), palette.color(QPalette::WindowText)) >= Tones::kMinimumContrast);
        CHECK(Tones::banner(palette) != palette.color(QPalette::Window));
        // The guide's advice above each section is in the text's own colour (in italics): the
        // palette's Mid it used before was about 1.7:1 on the light window.
        CHECK(Tones::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >=
              Tones::kMinimumContrast);
    }
    CHECK(Tones::contrast(lightPalette().color(QPalette::Mid), lightPalette().color(QPalette::Window)) < 2.0);
}

TEST_CASE("A toned label takes the alert of the palette in use and follows its change", "[gui][tones]")
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(lightPalette());
    QLabel error(QStringLiteral("Le prénom est obligatoire."));
    error.setProperty("tone", QStringLiteral("alert"));
    error.show();
    CHECK(error.palette().color(QPalette::WindowText) == Tones::alert(lightPalette()));
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    CHECK(error.palette().color(QPalette::WindowText) == Tones::alert(darkPalette()));
    CHECK(Tones::alert(darkPalette()) != Tones::alert(lightPalette()));
    QApplication::setPalette(before);
}

TEST_CASE_METHOD(GuiFixture, "A late person is said late in words and with a sign and not by colour alone",
                 "[gui][tones]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    BeneficiaryRecord late = sampleRecord(0, "Retard");
    const auto id = caseFiles.create(late.person);
    REQUIRE(id.ok());
    auto opened = caseFiles.open(*id);
    REQUIRE(opened.ok());
    CaseFile& caseFile = opened->caseFile;
    caseFile.plan = late.caseFile.plan; // a step due 15/10/2026; today is 02/11
    for (PlanStep& step : caseFile.plan)
        step.obstacleId.reset();
    const Status saved = caseFiles.saveCaseFile(caseFile);
    INFO((saved.ok() ? std::string() : saved.error().describe()));
    REQUIRE(saved.ok());
    REQUIRE(caseFiles.create(sampleRecord(0, "Ponctuel").person).ok());
    BeneficiaryListModel model(caseFiles);
    BeneficiaryQuery query;
    query.today = clock.today();
    model.setQuery(query);
    REQUIRE(model.rowCount() == 2);
    const int lateRow = model.rowOf(*id);
    const int onTime = 1 - lateRow;
    CHECK(model.index(lateRow, BeneficiaryListModel::AlertColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("En retard")));
    CHECK_FALSE(
        model.index(lateRow, BeneficiaryListModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model.index(lateRow, BeneficiaryListModel::NameColumn)
              .data(Qt::AccessibleDescriptionRole)
              .toString()
              .contains(QStringLiteral("retard")));
    CHECK(model.index(onTime, BeneficiaryListModel::AlertColumn).data().toString().isEmpty());
    CHECK_FALSE(model.index(onTime, BeneficiaryListModel::NameColumn).data(Qt::DecorationRole).isValid());
    Translations::install(QStringLiteral("en"));
}
