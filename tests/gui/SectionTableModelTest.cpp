#include "casefile/SectionTableModel.h"

#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileModels.h"
#include "services/Seed.h"
#include "support/Samples.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <catch2/catch.hpp>

using namespace trame;

namespace {
const std::vector<CatalogueEntry>& catalogue()
{
    static const auto references = services::builtInReferences();
    return references->catalogue;
}

std::vector<SectionTableModel*> allModels(CaseFileDocument& document, QObject* parent)
{
    return {CaseFileModels::obstacles(document, Date(2026, 11, 2), parent),
            CaseFileModels::attitude(document, catalogue(), parent),
            CaseFileModels::tools(document, catalogue(), parent),
            CaseFileModels::referrals(document, catalogue(), parent),
            CaseFileModels::plan(document, catalogue(), Date(2026, 11, 2), parent),
            CaseFileModels::indicators(document, parent),
            CaseFileModels::adminAdvice(document, parent)};
}
} // namespace

TEST_CASE("Every section model passes Qt's model tester through edits", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QObject owner;
    for (SectionTableModel* model : allModels(document, &owner)) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int rows = model->rowCount();
        REQUIRE(model->addItem(0));
        CHECK(model->rowCount() == rows + 1);
        REQUIRE(model->moveItem(0, model->rowCount() - 1));
        REQUIRE(model->removeItem(model->rowCount() - 1));
        CHECK(model->rowCount() == rows);
        document.undoStack()->undo();
        CHECK(model->rowCount() == rows + 1);
        document.undoStack()->redo();
    }
}

TEST_CASE("Editing a cell goes through the document, with choices for enumerations", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QObject owner;
    SectionTableModel* obstacles = CaseFileModels::obstacles(document, Date(2026, 11, 2), &owner);
    const QModelIndex category = obstacles->index(0, 0);
    CHECK(obstacles->data(category, SectionTableModel::EditorRole).toInt() == static_cast<int>(EditorKind::Choice));
    CHECK(obstacles->data(category, SectionTableModel::ChoicesRole).toList().size() ==
          static_cast<int>(allEnumerators<ObstacleCategory>().size()));
    REQUIRE(obstacles->setData(category, QStringLiteral("housing"), Qt::EditRole));
    CHECK(document.caseFile().obstacles[0].category == ObstacleCategory::Housing);
    CHECK_FALSE(obstacles->setData(obstacles->index(0, 1), QStringLiteral("x"), Qt::DisplayRole));
}

TEST_CASE("Reopening a lifted obstacle clears its lifted date", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QObject owner;
    SectionTableModel* obstacles = CaseFileModels::obstacles(document, Date(2026, 11, 2), &owner);
    REQUIRE(document.caseFile().obstacles[1].liftedOn);
    REQUIRE(obstacles->setData(obstacles->index(1, 2), QStringLiteral("being_addressed"), Qt::EditRole));
    CHECK_FALSE(document.caseFile().obstacles[1].liftedOn);
}

TEST_CASE("Removing an obstacle unlinks the plan steps that addressed it", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QObject owner;
    REQUIRE(document.caseFile().plan[0].obstacleId == 101);
    REQUIRE(CaseFileModels::obstacles(document, Date(2026, 11, 2), &owner)->removeItem(0));
    CHECK_FALSE(document.caseFile().plan[0].obstacleId);
}

TEST_CASE("Overdue plan steps stand out", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QObject owner;
    SectionTableModel* plan = CaseFileModels::plan(document, catalogue(), Date(2026, 11, 2), &owner);
    CHECK(plan->data(plan->index(1, 0), Qt::FontRole).value<QFont>().bold()); // due 15/10, in progress
    CHECK_FALSE(plan->data(plan->index(0, 0), Qt::FontRole).isValid());       // done
    CHECK(plan->data(plan->index(1, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("2026")));
    // Not by colour alone: a sign, and the reason for a screen reader.
    CHECK_FALSE(plan->data(plan->index(1, 0), Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(plan->data(plan->index(1, 0), Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("2026")));
    CHECK_FALSE(plan->data(plan->index(0, 0), Qt::DecorationRole).isValid());
}

TEST_CASE("Dragging a row onto another place reorders the plan", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QObject owner;
    SectionTableModel* plan = CaseFileModels::plan(document, catalogue(), Date(2026, 11, 2), &owner);
    std::unique_ptr<QMimeData> mime(plan->mimeData({plan->index(0, 0)}));
    plan->dropMimeData(mime.get(), Qt::MoveAction, 2, 0, {});
    CHECK(document.caseFile().plan[0].title == "Comparer les deux formations");
    CHECK(document.caseFile().plan[1].title == "Planifier une immersion");
}

TEST_CASE("A read-only document gives read-only tables", "[gui][models]")
{
    CaseFileDocument document(sampleRecord(1).caseFile, CaseFileDocument::ReadOnly);
    QObject owner;
    for (SectionTableModel* model : allModels(document, &owner)) {
        CHECK_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));
        CHECK_FALSE(model->addItem(0));
        CHECK_FALSE(model->removeItem(0));
        CHECK_FALSE(model->setData(model->index(0, 0), QStringLiteral("x"), Qt::EditRole));
    }
    CHECK(document.caseFile() == sampleRecord(1).caseFile);
}
