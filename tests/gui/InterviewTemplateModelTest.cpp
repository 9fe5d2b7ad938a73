#include "interviews/InterviewTemplateModel.h"

#include "services/Seed.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace trame;

TEST_CASE("The Annexe 1 tree model passes Qt's model tester and keeps notes", "[gui][models]")
{
    const auto references = services::builtInReferences();
    const InterviewTemplate& annexe = references->templates.at(0);
    InterviewTemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContent(&annexe, {{"initial_skills", ItemStatus::Done, "Bon niveau"}}, false);
    REQUIRE(model.rowCount() == 3);
    const QModelIndex initial = model.index(0, 0);
    CHECK(model.rowCount(initial) == 2);
    CHECK(model.data(model.index(0, 2, initial), Qt::DisplayRole).toString() == QStringLiteral("Bon niveau"));

    // A note on an item not started puts it in progress.
    const QModelIndex actions = model.index(1, 0);
    const QModelIndex mobility = model.index(2, 0, actions);
    const QModelIndex solutions = model.index(0, 0, mobility);
    const QModelIndex transport = model.index(0, 2, solutions);
    REQUIRE(model.setData(transport, QStringLiteral("Covoiturage trouvé"), Qt::EditRole));
    const auto entries = model.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].itemKey == "mobility_transport");
    CHECK(entries[1].status == ItemStatus::InProgress);
}

TEST_CASE("A read-only template model cannot be edited", "[gui][models]")
{
    const auto references = services::builtInReferences();
    InterviewTemplateModel model;
    model.setContent(&references->templates.at(0), {}, true);
    CHECK_FALSE(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, 2), QStringLiteral("x"), Qt::EditRole));
    CHECK(model.entries().empty());
}
