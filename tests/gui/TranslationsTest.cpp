#include "shell/Translations.h"

#include "casefile/CaseFileView.h"
#include "common/Labels.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "support/Samples.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <catch2/catch.hpp>

namespace {
QString firstPlaceName(const QString& language)
{
    REQUIRE(Translations::install(language));
    GuiFixture fixture;
    MainWindow window(*fixture.workspace, fixture.clock, fixture.counsellor);
    return window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text();
}
} // namespace

TEST_CASE("French is the default and is embedded in the program", "[gui][i18n]")
{
    CHECK(firstPlaceName(QStringLiteral("fr")) == QStringLiteral("Bénéficiaires"));
    CHECK(QCoreApplication::translate("MainWindow", "Reference cases") == QStringLiteral("Cas de référence"));
    CHECK(QLocale().language() == QLocale::French);
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("English on demand gives the English source strings", "[gui][i18n]")
{
    CHECK(firstPlaceName(QStringLiteral("en")) == QStringLiteral("Beneficiaries"));
    CHECK(QLocale().language() == QLocale::English);
}

TEST_CASE("Switching back to French replaces the English interface", "[gui][i18n]")
{
    firstPlaceName(QStringLiteral("en"));
    CHECK(firstPlaceName(QStringLiteral("fr")) == QStringLiteral("Bénéficiaires"));
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Qt's own dialogs speak French too: Qt's translation is loaded beside Trame's", "[gui][i18n]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    // The file dialog's words and the standard buttons come from Debian's qtbase_fr.qm.
    CHECK(QCoreApplication::translate("QFileDialog", "Folder") == QStringLiteral("Dossier"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuler"));
    CHECK(QCoreApplication::translate("QPrintDialog", "Print") == QStringLiteral("Imprimer"));
    Translations::install(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("QFileDialog", "Folder") == QStringLiteral("Folder"));
}

TEST_CASE("French agrees: a step is réalisée, an item réalisé, toutes les 2 semaines, chaque mois", "[gui][i18n]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    CHECK(Labels::of(trame::StepStatus::Done) == QStringLiteral("Réalisée"));
    CHECK(Labels::of(trame::ItemStatus::Done) == QStringLiteral("Réalisé"));
    CHECK(Labels::of(trame::ReferralStatus::Done) == QStringLiteral("Réalisée"));
    {
        GuiFixture fixture;
        const std::int64_t id = fixture.caseFiles.create(sampleRecord(0, "Benali").person).value();
        MainWindow window(*fixture.workspace, fixture.clock, fixture.counsellor);
        window.openCaseFile(id);
        CaseFileView& view = *window.caseFileView();
        view.showSection(5);
        auto* kind = view.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        auto* count = view.findChild<QSpinBox*>(QStringLiteral("countSpin"));
        auto* unit = view.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        REQUIRE((kind && count && unit));
        const auto sentence = [&] {
            return kind->itemText(0) + QLatin1Char(' ') + QString::number(count->value()) + QLatin1Char(' ') +
                   unit->currentText();
        };
        view.findChild<QGroupBox*>(QStringLiteral("rhythmBox"))->setChecked(true); // the file gets a rhythm
        count->setValue(2);
        unit->setCurrentIndex(unit->findData(QStringLiteral("week")));
        INFO(sentence().toStdString());
        CHECK(sentence() == QStringLiteral("toutes les 2 semaines"));
        count->setValue(3);
        unit->setCurrentIndex(unit->findData(QStringLiteral("month")));
        CHECK(sentence() == QStringLiteral("tous les 3 mois"));
        count->setValue(1);
        CHECK(kind->itemText(0) == QStringLiteral("chaque"));
        unit->setCurrentIndex(unit->findData(QStringLiteral("week")));
        CHECK(unit->currentText() == QStringLiteral("semaine"));
        CHECK(view.findChild<QLabel*>(QStringLiteral("summaryLabel"))
                  ->text()
                  .contains(QStringLiteral("Freins\u00a0: 0 ouvert sur 0")));
    }
    Translations::install(QStringLiteral("en"));
}
