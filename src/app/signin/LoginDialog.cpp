#include "signin/LoginDialog.h"

#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/Titles.h"
#include "common/Tones.h"
#include "services/Accounts.h"
#include "ui_LoginDialog.h"

LoginDialog::LoginDialog(trame::services::Accounts& accounts, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_accounts(accounts)
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel, 1.8);
    Tones::mark(m_ui->errorLabel, "alert");
    m_ui->errorLabel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        if (trySignIn())
            accept();
    });
    connect(m_ui->guideButton, &QPushButton::clicked, this, [this] { done(BrowseGuide); });
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool LoginDialog::signIn(const QString& login, const QString& password)
{
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setText(password);
    const bool ok = trySignIn();
    if (ok)
        accept();
    return ok;
}

bool LoginDialog::trySignIn()
{
    auto actor = m_accounts.signIn(ss(m_ui->loginEdit->text().trimmed()), ss(m_ui->passwordEdit->text()));
    m_ui->passwordEdit->clear();
    if (!actor) {
        m_ui->errorLabel->setText(ErrorText::ofSignIn(actor.error()));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->setFocus();
        return false;
    }
    m_actor = *actor;
    return true;
}
