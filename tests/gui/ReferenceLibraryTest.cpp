#include "references/ReferenceLibraryPage.h"

#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "casefile/ListEditor.h"
#include "casefile/SectionTableModel.h"
#include "common/InputDialogs.h"
#include "documents/PdfCheck.h"
#include "gui/GuiFixture.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace trame;

TEST_CASE_METHOD(GuiFixture, "The six cases are browsed case by case, keeping the section", "[gui][references]")
{
    ReferenceLibraryPage page;
    page.setContent(caseFiles.references().value(), {}, clock.today());
    REQUIRE(page.caseCount() == 6);
    page.view()->showSection(3);
    page.showCase(2);
    CHECK(page.view()->currentSection() == 3);
    CHECK(page.view()->document()->caseFile().plan.size() == 7); // Cas 3, M. Cissé
    auto* advice = page.view()->findChild<QTextBrowser*>(QStringLiteral("guideAdvice"));
    CHECK_FALSE(advice->isHidden());
    page.view()->showSection(1);
    CHECK(advice->toPlainText().contains(QStringLiteral("Exemples inspirants")));
}

TEST_CASE_METHOD(GuiFixture, "A reference case refuses every edit", "[gui][references]")
{
    ReferenceLibraryPage page;
    const ReferenceContent references = caseFiles.references().value();
    page.setContent(references, {}, clock.today());
    CaseFileView& view = *page.view();
    const CaseFile before = view.document()->caseFile();
    for (QPlainTextEdit* edit : view.findChildren<QPlainTextEdit*>())
        CHECK(edit->isReadOnly());
    for (ListEditor* list : view.findChildren<ListEditor*>()) {
        SectionTableModel* model = list->model();
        CHECK_FALSE(model->addItem(0));
        CHECK_FALSE(model->removeItem(0));
        CHECK_FALSE(model->setData(model->index(0, 0), QStringLiteral("x"), Qt::EditRole));
        for (QPushButton* button : list->findChildren<QPushButton*>())
            CHECK(button->isHidden());
    }
    CHECK_FALSE(view.document()->edit(QStringLiteral("x"), [](CaseFile& c) { c.situation.clear(); }));
    CHECK(view.document()->caseFile() == before);
    CHECK(caseFiles.references().value() == references);
}

TEST_CASE_METHOD(GuiFixture, "A reference case hides the statuses and dates it does not have", "[gui][references]")
{
    ReferenceLibraryPage page;
    page.setContent(caseFiles.references().value(), {}, clock.today());
    auto* obstacles = page.view()->findChild<ListEditor*>(QStringLiteral("obstacles"));
    REQUIRE(obstacles);
    CHECK_FALSE(obstacles->table()->isColumnHidden(1)); // description
    CHECK(obstacles->table()->isColumnHidden(2));       // status
    CHECK(obstacles->table()->isColumnHidden(4));       // lifted on
}

TEST_CASE_METHOD(GuiFixture, "The case shown is saved as the same PDF as the CLI writes",
                 "[gui][references][documents]")
{
    ReferenceLibraryPage page;
    page.setContent(caseFiles.references().value(), {}, clock.today());
    page.showCase(2);
    const std::string file = dir.file("cas.pdf");
    InputDialogs::setNextFileName(QString::fromStdString(file));
    REQUIRE(page.savePdf());
    CHECK(InputDialogs::lastSuggestion() == QStringLiteral("cas-3.pdf"));
    const std::string text = pdfText(file);
    CHECK_THAT(text, Catch::Contains("Cas n° 3"));
    CHECK_THAT(text, Catch::Contains("Plan d’action"));
    CHECK(fontsEmbedded(file));
    InputDialogs::setNextFileName(QString()); // cancelled
    CHECK_FALSE(page.savePdf());
}
