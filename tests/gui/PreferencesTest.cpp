// What a user arranged comes back at their next session, and only theirs: the window's size, the
// case file's splitter and the section last read, a list's column widths and order (QSettings,
// under the test's own config folder).
#include "common/UserPreferences.h"

#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "casefile/CaseFileView.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "support/Samples.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace trame;

namespace {
struct PreferencesOn {
    PreferencesOn()
    {
        UserPreferences::settings()->clear();
        UserPreferences::setEnabled(true);
    }
    ~PreferencesOn()
    {
        UserPreferences::settings()->clear();
        UserPreferences::setEnabled(false);
    }
    PreferencesOn(const PreferencesOn&) = delete;
    PreferencesOn& operator=(const PreferencesOn&) = delete;
};
} // namespace

TEST_CASE_METHOD(GuiFixture, "The window, the splitter and the last section come back, per user", "[gui][preferences]")
{
    const PreferencesOn on;
    const std::int64_t id = caseFiles.create(sampleRecord(0, "Benali").person).value();
    QList<int> sizes;
    QSize left;
    {
        MainWindow window(*workspace, clock, counsellor);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openCaseFile(id);
        window.resize(window.minimumSizeHint().expandedTo(QSize(1200, 700)) + QSize(123, 45));
        QTest::qWait(20);
        left = window.size();
        window.caseFileView()->showSection(3);
        auto* splitter = window.caseFileView()->findChild<QSplitter*>(QStringLiteral("splitter"));
        REQUIRE(splitter);
        splitter->setSizes({600, 400});
        sizes = splitter->sizes();
        emit splitter->splitterMoved(600, 1); // as the user's drag says it
        window.close();
    }
    {
        MainWindow window(*workspace, clock, counsellor);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.size() == left);
        window.openCaseFile(id);
        CHECK(window.caseFileView()->currentSection() == 3);
        CHECK(window.caseFileView()->findChild<QSplitter*>(QStringLiteral("splitter"))->sizes() == sizes);
    }
    {
        // Another user of the same workstation account starts from the defaults.
        const auto colleague = signInAs(*workspace, clock, Role::Supervisor, "sup");
        MainWindow window(*workspace, clock, colleague);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.size() != left);
        window.openCaseFile(id);
        CHECK(window.caseFileView()->currentSection() == 0);
    }
}

namespace {
// Drags the right edge of a column's header by `pixels`, as a person widens it.
void dragColumnEdge(QTableView* table, int column, int pixels)
{
    QHeaderView* header = table->horizontalHeader();
    QWidget* area = header->viewport();
    const QPoint edge(header->sectionViewportPosition(column) + header->sectionSize(column) - 1, header->height() / 2);
    QTest::mousePress(area, Qt::LeftButton, {}, edge);
    QTest::mouseMove(area, edge + QPoint(pixels / 2, 0));
    QTest::mouseMove(area, edge + QPoint(pixels, 0));
    QTest::mouseRelease(area, Qt::LeftButton, {}, edge + QPoint(pixels, 0));
}
} // namespace

TEST_CASE_METHOD(GuiFixture, "A list's column widths and order come back, per user", "[gui][preferences]")
{
    const PreferencesOn on;
    REQUIRE(caseFiles.create(sampleRecord(0, "Benali").person).ok());
    REQUIRE(caseFiles.create(sampleRecord(1, "Zola").person).ok());
    const auto listOf = [](MainWindow& window) {
        return window.findChild<BeneficiariesPage*>()->findChild<QTableView*>(QStringLiteral("table"));
    };
    int widened = 0;
    {
        MainWindow window(*workspace, clock, counsellor);
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTableView* table = listOf(window);
        const int fitted = table->columnWidth(BeneficiaryListModel::NameColumn);
        dragColumnEdge(table, BeneficiaryListModel::NameColumn, 90);
        widened = table->columnWidth(BeneficiaryListModel::NameColumn);
        CHECK(widened == fitted + 90);
        table->sortByColumn(BeneficiaryListModel::NameColumn, Qt::DescendingOrder);
        // A new search fits the columns no more: the widths are the person's now.
        window.findChild<BeneficiariesPage*>()->refresh();
        CHECK(table->columnWidth(BeneficiaryListModel::NameColumn) == widened);
    }
    {
        MainWindow window(*workspace, clock, counsellor);
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTableView* table = listOf(window);
        CHECK(table->columnWidth(BeneficiaryListModel::NameColumn) == widened);
        CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(table->model()
                  ->index(0, BeneficiaryListModel::NameColumn)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("ZOLA")));
    }
    {
        // Another user of the same workstation account starts from the fitted columns, by name.
        const auto colleague = signInAs(*workspace, clock, Role::Supervisor, "sup");
        MainWindow window(*workspace, clock, colleague);
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTableView* table = listOf(window);
        CHECK(table->columnWidth(BeneficiaryListModel::NameColumn) != widened);
        CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    }
}
