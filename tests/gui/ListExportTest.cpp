// The beneficiary list as filtered, exported to CSV from its page: every page of it, in French,
// for a spreadsheet (UTF-8 with BOM, ';'), a formula never run, the file its owner's only.
#include "beneficiaries/BeneficiariesPage.h"

#include "common/InputDialogs.h"
#include "gui/GuiFixture.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>

#include <filesystem>

using namespace trame;

TEST_CASE_METHOD(GuiFixture, "The list exports as filtered to a CSV file for a spreadsheet", "[gui][export]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    for (int i = 0; i < 55; ++i)
        REQUIRE(caseFiles.create(sampleRecord(0, "Martin" + std::to_string(i)).person).ok());
    BeneficiaryRecord odd = sampleRecord(0, "=HYPERLINK(\"http://exemple\")");
    REQUIRE(caseFiles.create(odd.person).ok());
    BeneficiariesPage page(caseFiles);
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("exportButton"))->isHidden());

    const std::string all = dir.file("liste.csv");
    InputDialogs::setNextFileName(QString::fromStdString(all));
    REQUIRE(page.exportList());
    QFile file(QString::fromStdString(all));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 57); // the header and every person, beyond the first page of 50
    CHECK(lines[0].startsWith(QStringLiteral("N° de dossier;Civilité;Nom;Prénom;Statut;Conseiller")));
    CHECK(lines.filter(QStringLiteral("'=HYPERLINK")).size() == 1);
    CHECK(std::filesystem::status(all).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    page.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Martin5"));
    page.applyFilters();
    const std::string some = dir.file("filtre.csv");
    InputDialogs::setNextFileName(QString::fromStdString(some));
    REQUIRE(page.exportList());
    QFile filtered(QString::fromStdString(some));
    REQUIRE(filtered.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(filtered.readAll()).count(QStringLiteral("\r\n")) == 7); // header, Martin5, 50…54
    Translations::install(QStringLiteral("en"));
}
