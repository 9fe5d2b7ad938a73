#include "signin/LockScreen.h"

#include "common/Titles.h"
#include "common/Tones.h"
#include "ui_LockScreen.h"

LockScreen::LockScreen(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel, 1.6);
    Tones::mark(m_ui->errorLabel, "alert");
    const auto request = [this] {
        const QString password = m_ui->passwordEdit->text();
        m_ui->passwordEdit->clear();
        emit unlockRequested(m_ui->loginEdit->text().trimmed(), password);
    };
    connect(m_ui->unlockButton, &QPushButton::clicked, this, request);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, request);
}

LockScreen::~LockScreen() = default;

void LockScreen::prepare(const QString& displayName, const QString& login)
{
    m_ui->explanationLabel->setText(
        tr("Locked by %1. Type your password to go on, or sign in with another account: the first session will be "
           "closed.")
            .arg(displayName));
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->clear();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    m_ui->passwordEdit->setFocus();
}

void LockScreen::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

QString LockScreen::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LockScreen::unlockWith(const QString& login, const QString& password)
{
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setText(password);
    m_ui->unlockButton->click();
}
