// The sign-in dialog and the password forms.
#include "gui/GuiFixture.h"
#include "shell/Translations.h"
#include "signin/LoginDialog.h"
#include "signin/PasswordDialog.h"

#include <QPushButton>

using namespace trame;

TEST_CASE_METHOD(GuiFixture, "Signing in: a wrong password says so, the right one lets in", "[gui][signin]")
{
    Translations::install(QStringLiteral("fr"));
    services::Accounts accounts(*workspace, clock);
    LoginDialog dialog(accounts);
    CHECK_FALSE(dialog.signIn(QStringLiteral("cmartin"), QStringLiteral("mauvais mot de passe")));
    CHECK(dialog.errorText() ==
          QStringLiteral("Identifiant ou mot de passe incorrect. Après 5 essais manqués de suite, "
                         "un compte attend quelques minutes avant d’en accepter un autre."));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.signIn(QStringLiteral("CMartin"), QString::fromStdString(kTestPassword)));
    CHECK(dialog.result() == LoginDialog::SignedIn);
    REQUIRE(dialog.actor().has_value());
    CHECK(dialog.actor()->login() == "cmartin");
}

TEST_CASE_METHOD(GuiFixture, "The sign-in dialog offers the guide without an account", "[gui][signin]")
{
    Translations::install(QStringLiteral("fr"));
    services::Accounts accounts(*workspace, clock);
    LoginDialog dialog(accounts);
    auto* guide = dialog.findChild<QPushButton*>(QStringLiteral("guideButton"));
    REQUIRE(guide);
    CHECK(guide->text() == QStringLiteral("&Consulter le guide"));
    guide->click();
    CHECK(dialog.result() == LoginDialog::BrowseGuide);
    CHECK_FALSE(dialog.actor().has_value());
}

TEST_CASE_METHOD(GuiFixture, "The password form checks both entries and shows the services' reason", "[gui][signin]")
{
    Translations::install(QStringLiteral("en"));
    services::Accounts accounts(*workspace, clock);
    PasswordDialog change(PasswordDialog::Change, [&](const PasswordDialog::Fields& f) {
        return accounts.changePassword(counsellor, f.current.toStdString(), f.password.toStdString());
    });
    PasswordDialog::Fields fields;
    fields.current = QString::fromStdString(kTestPassword);
    fields.password = QStringLiteral("court");
    CHECK_FALSE(change.submit(fields));
    CHECK(change.errorText().contains(QStringLiteral("at least 12 characters")));
    fields.password = QStringLiteral("une phrase assez longue");
    CHECK(change.submit(fields));
    CHECK(accounts.signIn("cmartin", "une phrase assez longue").ok());
}
