#include "beneficiaries/BeneficiaryListModel.h"

#include "beneficiaries/BeneficiariesPage.h"
#include "shell/Translations.h"

#include "gui/GuiFixture.h"
#include "support/Samples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trame;

TEST_CASE_METHOD(GuiFixture, "The list fetches a page at a time and never everything", "[gui][models]")
{
    for (int i = 0; i < 120; ++i) {
        Beneficiary b = sampleRecord(0, "Nom" + std::to_string(1000 + i)).person;
        REQUIRE(caseFiles.create(b).ok());
    }
    BeneficiaryListModel model(caseFiles);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BeneficiaryQuery query;
    query.today = clock.today();
    model.setQuery(query);
    CHECK(model.rowCount() == BeneficiaryListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * BeneficiaryListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 120);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.data(model.index(0, 0), Qt::DisplayRole).toString() == QStringLiteral("NOM1000 Hélène"));
}

TEST_CASE_METHOD(GuiFixture, "Search and filters reach the query", "[gui][models]")
{
    REQUIRE(caseFiles.create(sampleRecord(0, "Cissé").person).ok());
    REQUIRE(caseFiles.create(sampleRecord(0, "Lavire").person).ok());
    BeneficiaryListModel model(caseFiles);
    BeneficiaryQuery query;
    query.search = "cisse";
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, 0), Qt::DisplayRole).toString().startsWith(QStringLiteral("CISSÉ")));
}

TEST_CASE_METHOD(GuiFixture, "The page counts the matches once the first page is shown", "[gui][models]")
{
    Translations::install(QStringLiteral("fr"));
    for (int i = 0; i < 3; ++i)
        REQUIRE(caseFiles.create(sampleRecord(0, "Nom" + std::to_string(i)).person).ok());
    BeneficiariesPage page(caseFiles);
    QTest::qWait(120);
    CHECK(page.countText() == QStringLiteral("3 bénéficiaires"));
    Translations::install(QStringLiteral("en"));
}
