// The beneficiary list sorts by a click on a column header, in the database: the order holds
// beyond the first page, a second click turns it round, the alerts column keeps the order there
// was, and the CSV export follows what is shown.
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryListModel.h"

#include "common/InputDialogs.h"
#include "common/SortMenu.h"
#include "gui/GuiFixture.h"
#include "gui/HeaderClick.h"
#include "support/Samples.h"

#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace trame;

namespace {

QStringList names(QTableView* table)
{
    QAbstractItemModel* model = table->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, BeneficiaryListModel::NameColumn).data().toString();
    return shown;
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "A click on a column header sorts the whole list", "[gui][order]")
{
    for (int i = 0; i < 55; ++i)
        REQUIRE(caseFiles.create(sampleRecord(0, (i < 10 ? "Martin0" : "Martin") + std::to_string(i)).person).ok());
    BeneficiariesPage page(caseFiles);
    page.resize(900, 600);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("table"));
    QHeaderView* header = table->horizontalHeader();
    CHECK(header->isSortIndicatorShown());
    CHECK(header->sortIndicatorSection() == BeneficiaryListModel::NameColumn);
    CHECK(names(table).first() == QStringLiteral("MARTIN00 Hélène"));

    clickHeader(table, BeneficiaryListModel::NameColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    table->scrollToTop();
    CHECK(table->model()->index(0, BeneficiaryListModel::NameColumn).data().toString() ==
          QStringLiteral("MARTIN54 Hélène"));
    const QStringList descending = names(table);
    REQUIRE(descending.size() == 55); // the second page came in the same order, no one twice
    QStringList expected = descending;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    CHECK(descending == expected);

    clickHeader(table, BeneficiaryListModel::AlertColumn);
    CHECK(header->sortIndicatorSection() == BeneficiaryListModel::NameColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(names(table) == descending);

    const std::string csv = dir.file("liste.csv");
    InputDialogs::setNextFileName(QString::fromStdString(csv));
    REQUIRE(page.exportList());
    QFile file(QString::fromStdString(csv));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 56);
    CHECK(lines[1].contains(QStringLiteral("Martin54")));
}

TEST_CASE_METHOD(GuiFixture, "The list's menu offers the columns that sort, and sorts in the database", "[gui][order]")
{
    REQUIRE(caseFiles.create(sampleRecord(0, "Benali").person).ok());
    REQUIRE(caseFiles.create(sampleRecord(1, "Zola").person).ok());
    BeneficiariesPage page(caseFiles);
    page.resize(900, 600);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("table"));
    std::unique_ptr<QMenu> menu(SortMenu::build(table, &BeneficiaryListModel::sortable));
    QStringList offered;
    for (QAction* action : menu->actions())
        offered << action->text();
    // In English here: Name is the current order; Alerts does not sort.
    CHECK(offered == QStringList({QStringLiteral("Sort by Name, descending"), QStringLiteral("Sort by Status"),
                                  QStringLiteral("Sort by Counsellor"), QStringLiteral("Sort by Next appointment")}));
    menu->actions().first()->trigger();
    CHECK(table->model()
              ->index(0, BeneficiaryListModel::NameColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("ZOLA")));
}
