// At 1280×800, in French: nothing needs more room than the screen has, and every input is named.
#include "beneficiaries/NewBeneficiaryDialog.h"
#include "casefile/CaseFileView.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

namespace {
// Inputs that neither carry an accessible name nor are the buddy of a label.
QStringList unnamedInputs(QWidget& root)
{
    QSet<QWidget*> buddies;
    for (QLabel* label : root.findChildren<QLabel*>())
        if (label->buddy())
            buddies.insert(label->buddy());
    QStringList unnamed;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                           qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                           qobject_cast<QAbstractItemView*>(w);
        if (!input || w->objectName().startsWith(QLatin1String("qt_")) || w->objectName().isEmpty())
            continue;
        if (w->accessibleName().isEmpty() && !buddies.contains(w))
            unnamed << w->objectName();
    }
    return unnamed;
}
} // namespace

TEST_CASE_METHOD(GuiFixture, "Every screen fits 1280x800 in French", "[gui][layout]")
{
    Translations::install(QStringLiteral("fr"));
    REQUIRE(caseFiles.create(sampleRecord(0).person).ok());
    MainWindow window(*workspace, clock, counsellor);
    window.resize(1280, 800);
    window.show();
    CHECK(window.minimumSizeHint().width() <= 1280);
    window.openCaseFile(1);
    CHECK(window.minimumSizeHint().width() <= 1280);
    CHECK(window.minimumSizeHint().height() <= 800);
    window.showPlace(MainWindow::ReferenceCases);
    CHECK(window.minimumSizeHint().width() <= 1280);
    CHECK(window.width() <= 1280);
    Translations::install(QStringLiteral("en"));
}

TEST_CASE_METHOD(GuiFixture, "Every input has an accessible name or a buddy label", "[gui][accessibility]")
{
    REQUIRE(caseFiles.create(sampleRecord(0).person).ok());
    MainWindow window(*workspace, clock, counsellor);
    window.openCaseFile(1);
    CHECK(unnamedInputs(window) == QStringList());
    NewBeneficiaryDialog dialog(caseFiles);
    CHECK(unnamedInputs(dialog) == QStringList());
}
