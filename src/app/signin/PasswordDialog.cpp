#include "signin/PasswordDialog.h"

#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/Tones.h"
#include "ui_PasswordDialog.h"

#include <QPushButton>

using namespace trame;

PasswordDialog::PasswordDialog(Mode mode, Action action, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_mode(mode), m_action(std::move(action))
{
    m_ui->setupUi(this);
    for (Role role : allEnumerators<Role>())
        m_ui->roleCombo->addItem(Labels::of(role), static_cast<int>(role));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(Role::Counsellor)));
    const bool account = mode == FirstAdministrator || mode == NewAccount;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->loginLabel), static_cast<QWidget*>(m_ui->loginEdit),
                       static_cast<QWidget*>(m_ui->nameLabel), static_cast<QWidget*>(m_ui->nameEdit)})
        w->setVisible(account);
    m_ui->roleLabel->setVisible(mode == NewAccount);
    m_ui->roleCombo->setVisible(mode == NewAccount);
    m_ui->currentLabel->setVisible(mode == Change);
    m_ui->currentEdit->setVisible(mode == Change);
    Tones::mark(m_ui->errorLabel, "alert");
    m_ui->errorLabel->hide();
    switch (mode) {
    case FirstAdministrator:
        setWindowTitle(tr("Trame — first start"));
        setIntro(tr("This database has no account yet. Create the administrator's: it manages the accounts, "
                    "backups and the people's data rights, and does not see case files."));
        break;
    case NewAccount: setWindowTitle(tr("New account")); break;
    case Reset: setWindowTitle(tr("Reset a password")); break;
    case Change:
        setWindowTitle(tr("Change my password"));
        m_ui->introLabel->hide();
        break;
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (trySubmit())
            accept();
    });
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
    m_ui->introLabel->show();
}

PasswordDialog::Fields PasswordDialog::fields() const
{
    Fields f;
    f.login = m_ui->loginEdit->text().trimmed();
    f.name = m_ui->nameEdit->text().trimmed();
    f.role =
        m_mode == FirstAdministrator ? Role::Administrator : static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    f.current = m_ui->currentEdit->text();
    f.password = m_ui->passwordEdit->text();
    return f;
}

QString PasswordDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool PasswordDialog::submit(const Fields& f)
{
    m_ui->loginEdit->setText(f.login);
    m_ui->nameEdit->setText(f.name);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(f.role)));
    m_ui->currentEdit->setText(f.current);
    m_ui->passwordEdit->setText(f.password);
    m_ui->repeatEdit->setText(f.password);
    const bool done = trySubmit();
    if (done)
        accept();
    return done;
}

bool PasswordDialog::trySubmit()
{
    m_ui->errorLabel->hide();
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        m_ui->errorLabel->setText(tr("The two new passwords differ."));
        m_ui->errorLabel->show();
        m_ui->repeatEdit->setFocus();
        return false;
    }
    const Status done = m_action(fields());
    if (done)
        return true;
    ErrorText::show(m_ui->errorLabel, done.error());
    m_ui->errorLabel->show();
    return false;
}
