#include "shell/Translations.h"

#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QLocale>
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
