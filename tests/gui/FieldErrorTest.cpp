// A validation error is announced with its field: the message is the field's accessible
// description (what a screen reader reads with the field, where the focus goes), and a corrected
// field says nothing more. (The alert events themselves need a platform accessibility bridge,
// which the offscreen platform has not: they are not seen here.)
#include "beneficiaries/NewBeneficiaryDialog.h"

#include "gui/GuiFixture.h"
#include "gui/Typist.h"
#include "shell/Translations.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>

namespace {

QString readDescription(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(accessible);
    return accessible->text(QAccessible::Description);
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "A missing name is announced with its field and forgotten once typed",
                 "[gui][accessibility]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    NewBeneficiaryDialog dialog(caseFiles);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* lastName = dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"));
    auto* lastNameError = dialog.findChild<QLabel*>(QStringLiteral("lastNameError"));
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setFocus();
    Typist::type(QStringLiteral("Awa"));

    CHECK_FALSE(dialog.submit());
    CHECK(lastNameError->text() == QStringLiteral("Obligatoire."));
    CHECK(readDescription(lastName) == QStringLiteral("Obligatoire."));
    CHECK(dialog.focusWidget() == lastName);

    Typist::type(QStringLiteral("Diallo")); // where the error sent the focus
    CHECK(dialog.submit());
    CHECK(readDescription(lastName).isEmpty());
    CHECK(lastNameError->isHidden());
    Translations::install(QStringLiteral("en"));
}
