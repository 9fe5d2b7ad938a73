// Lists read whole (agenda, « À faire », review queue, accounts, referentials…) sort in their view
// by a click on a header: French order for words, sort keys for days and numbers, the order read
// given back on the third click, and the page still speaking of the row the person chose.
#include "common/SortableList.h"
#include "common/SortMenu.h"
#include "gui/HeaderClick.h"
#include "shell/Translations.h"

#include <catch2/catch.hpp>

#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <memory>
#include <string>

namespace {

struct SortedTable {
    QStandardItemModel model;
    QTableView view;

    SortedTable()
    {
        Translations::install(QStringLiteral("fr")); // QLocale's French collation
        model.setHorizontalHeaderLabels({QStringLiteral("Nom"), QStringLiteral("Dossier"), QStringLiteral("Jour")});
        // Read in the order a service gave: neither by name, nor by number, nor by day.
        add(QStringLiteral("zoé"), QStringLiteral("Dossier 12"), QStringLiteral("3 mars 2026"), "2026-03-03");
        add(QStringLiteral("Émile"), QStringLiteral("Dossier 3"), QStringLiteral("12 janv. 2027"), "2027-01-12");
        add(QStringLiteral("Yann"), QStringLiteral("Dossier 100"), QStringLiteral("28 févr. 2026"), "2026-02-28");
        add(QStringLiteral("éric"), QStringLiteral("Dossier 21"), QStringLiteral("1 déc. 2026"), "2026-12-01");
        SortableList::attach(&view, &model);
        view.resize(500, 300);
        view.show();
    }
    ~SortedTable() { Translations::install(QStringLiteral("en")); }

    void add(const QString& name, const QString& file, const QString& day, const char* isoDay)
    {
        auto* when = new QStandardItem(day);
        when->setData(QString::fromLatin1(isoDay), SortableList::SortKeyRole);
        model.appendRow({new QStandardItem(name), new QStandardItem(file), when});
    }
    // The column's cells as shown, top to bottom, « | » between them.
    std::string column(int which) const
    {
        QStringList shown;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            shown << view.model()->index(row, which).data().toString();
        return shown.join(QStringLiteral(" | ")).toStdString();
    }
};

} // namespace

TEST_CASE("A list read whole shows the order it was read in until a header is clicked", "[gui][order]")
{
    SortedTable table;
    CHECK(table.view.isSortingEnabled());
    CHECK(table.view.horizontalHeader()->sortIndicatorSection() == -1);
    CHECK(table.column(0) == std::string("zoé | Émile | Yann | éric"));
}

TEST_CASE("Names sort as French sorts them, both ways, and the third click gives the order back", "[gui][order]")
{
    SortedTable table;
    clickHeader(&table.view, 0);
    // Accents and case do not send É after z, as a byte order would.
    CHECK(table.column(0) == std::string("Émile | éric | Yann | zoé"));
    clickHeader(&table.view, 0);
    CHECK(table.column(0) == std::string("zoé | Yann | éric | Émile"));
    clickHeader(&table.view, 0);
    CHECK(table.column(0) == std::string("zoé | Émile | Yann | éric"));
}

TEST_CASE("Numbers within words sort by value and days by their sort key, not by their words", "[gui][order]")
{
    SortedTable table;
    clickHeader(&table.view, 1);
    CHECK(table.column(1) == std::string("Dossier 3 | Dossier 12 | Dossier 21 | Dossier 100"));
    clickHeader(&table.view, 2);
    CHECK(table.column(2) == std::string("28 févr. 2026 | 3 mars 2026 | 1 déc. 2026 | 12 janv. 2027"));
}

TEST_CASE("The row chosen in a sorted view is the model's row of what the person sees", "[gui][order]")
{
    SortedTable table;
    clickHeader(&table.view, 0);
    table.view.selectRow(0); // « Émile », shown first, read second
    CHECK(SortableList::currentRow(&table.view) == 1);
    CHECK(SortableList::toModel(table.view.currentIndex()).data().toString() == QStringLiteral("Émile"));
    SortableList::selectRow(&table.view, 0); // « zoé », read first, shown last
    CHECK(table.view.currentIndex().row() == 3);
    CHECK(table.view.currentIndex().data().toString() == QStringLiteral("zoé"));
    table.view.setCurrentIndex({});
    CHECK(SortableList::currentRow(&table.view) == -1);
}

TEST_CASE("Without a mouse, the list's menu sorts by a column and turns the order round", "[gui][order][keyboard]")
{
    SortedTable table;
    CHECK(table.view.contextMenuPolicy() == Qt::CustomContextMenu); // the Menu key and Shift+F10
    const auto choose = [&](const QString& text) {
        std::unique_ptr<QMenu> menu(SortMenu::build(&table.view));
        for (QAction* action : menu->actions())
            if (action->text() == text) {
                action->trigger();
                return true;
            }
        return false;
    };
    REQUIRE(choose(QStringLiteral("Trier par «\u00a0Nom\u00a0»")));
    CHECK(table.column(0) == std::string("Émile | éric | Yann | zoé"));
    REQUIRE(choose(QStringLiteral("Trier par «\u00a0Nom\u00a0», ordre décroissant")));
    CHECK(table.column(0) == std::string("zoé | Yann | éric | Émile"));
    REQUIRE(choose(QStringLiteral("Trier par «\u00a0Jour\u00a0»")));
    CHECK(table.column(2) == std::string("28 févr. 2026 | 3 mars 2026 | 1 déc. 2026 | 12 janv. 2027"));
}
