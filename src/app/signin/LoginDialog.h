#pragma once

#include "services/Actor.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}
namespace trame::services {
class Accounts;
}

// The first screen: sign in, or browse the guide's reference cases without an account.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    enum Outcome { Quit = QDialog::Rejected, SignedIn = QDialog::Accepted, BrowseGuide = 2 };

    LoginDialog(trame::services::Accounts& accounts, QWidget* parent = nullptr);
    ~LoginDialog() override;

    const std::optional<trame::services::Actor>& actor() const { return m_actor; }
    QString errorText() const;
    // Types the login and password and presses Sign in: for tests and the screenshot tour.
    bool signIn(const QString& login, const QString& password);

private:
    bool trySignIn();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    trame::services::Accounts& m_accounts;
    std::optional<trame::services::Actor> m_actor;
};
